import type { MethodInput, MethodName, MethodOutput, OffprintApi } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';
import { OffprintError } from '../model/offprint-error.ts';

/** Calls the API through the contract's validation, as every host does; a refusal becomes an OffprintError. */
export async function callApi<M extends MethodName>(
  api: OffprintApi,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new OffprintError(result.kind, result.error);
  return result.value as MethodOutput<M>;
}
