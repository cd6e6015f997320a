import { messageOf } from '../common/messages.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { type ApiResult, type MethodName, methods, type OffprintApi } from './contract.ts';

/** Whether `name` is one of the contract's methods. */
export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** Validates a call against the contract, runs it and answers with a value or one readable line. */
export async function dispatch(api: OffprintApi, method: string, input: unknown): Promise<ApiResult> {
  if (!isMethodName(method)) {
    return { ok: false, kind: 'unsupported', error: `Offprint has no method "${method}".` };
  }
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      kind: 'invalid-input',
      error: `Invalid input for ${method}${where}: ${issue?.message ?? 'unexpected value'}.`,
    };
  }
  try {
    const call = api[method] as (value: unknown) => Promise<unknown>;
    return { ok: true, value: await call(parsed.data) };
  } catch (error) {
    if (error instanceof OffprintError) return { ok: false, kind: error.kind, error: error.message };
    const detail = messageOf(error);
    return { ok: false, kind: 'io', error: `${method} failed unexpectedly: ${detail}` };
  }
}
