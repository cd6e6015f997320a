/** One choice of a counted filter: its value, how many items have it, and how it is shown (the value if not given). */
export interface CountedOption {
  value: string;
  count: number;
  label?: string;
}

/** What a counted filter shows: its label, the "all" choice with the total, the choices and the chosen value. */
export interface CountedSelectProps {
  className: string;
  label: string;
  all: string;
  total: number;
  options: readonly CountedOption[];
  value: string;
  onChange: (value: string) => void;
}

/** A labelled select whose every choice, "all" first, shows how many items it keeps. */
export function CountedSelect({ className, label, all, total, options, value, onChange }: CountedSelectProps) {
  return (
    <label class={className}>
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{`${all} (${total})`}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {`${option.label ?? option.value} (${option.count})`}
          </option>
        ))}
      </select>
    </label>
  );
}
