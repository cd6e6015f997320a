/** How the stand-in for `electron` records the calls made to it, and the events it hands to listeners. */
/** One call the code under test made, by name (`app.quit`, `dialog.showMessageBox`…), with its arguments. */
export interface RecordedCall {
  name: string;
  args: unknown[];
}

/** Every call made so far, in order. */
export const recorded: RecordedCall[] = [];

/** Records one call. */
export function record(name: string, ...args: unknown[]): void {
  recorded.push({ name, args });
}

/** The names of the calls made so far, in order. */
export function recordedNames(): string[] {
  return recorded.map((call) => call.name);
}

/** How a test sets up the next answers: whether the lock is free, and the buttons a message box "chooses". */
export const setUp = { singleInstanceLock: true, messageBoxResponses: [] as number[] };

/** An Electron event object: `preventDefault()` sets `defaultPrevented`. */
export function electronEvent<T extends object>(
  fields: T = {} as T,
): T & {
  defaultPrevented: boolean;
  preventDefault: () => void;
} {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
