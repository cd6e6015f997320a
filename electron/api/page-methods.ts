/**
 * The methods a window's page may call, in one list: the preload and the browser's HTTP client build their bridges
 * from it, and the IPC and HTTP hosts answer exactly these. No schema library is loaded here, so the sandboxed preload
 * and the renderer can take it. A page method left out of it leaves the bridges short of OffprintBridge: a type error.
 */
import type { ApiResult, MethodName, OffprintApi, PageMethodName } from './contract.ts';

/** Every page method, in the order the bridges list them. */
export const pageMethodNames = [
  'listReviews',
  'getReview',
  'listNotes',
  'saveNote',
  'saveHighlight',
  'convertPastedHtml',
  'deleteNote',
  'exportReviews',
  'importAnnotations',
  'importMarkdown',
  'importUpload',
  'importUrl',
  'tagReview',
  'deleteReview',
  'undeleteReview',
  'listTrash',
  'listOutlets',
  'findCiting',
  'listCitingIds',
  'listReviewStates',
  'saveReadingPosition',
  'setRead',
  'listAllNotes',
  'search',
  'getSearchStatus',
  'getArchiveStatus',
  'getSettings',
  'updateSettings',
] as const satisfies readonly PageMethodName[];

/** A method named in pageMethodNames. */
export type ListedMethod = (typeof pageMethodNames)[number];

/** Sends one call over a host's wire and answers what the host answered. */
export type WireCall = (method: MethodName, input: unknown) => Promise<ApiResult>;

/** A refused call as the page sees it: the host's sentence and its kind, so the UI can decide by kind. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: Extract<ApiResult, { ok: false }>['kind'];

  constructor(result: Extract<ApiResult, { ok: false }>) {
    super(result.error);
    this.kind = result.kind;
  }
}

/** The page's part of the API over `send`: one function per page method, each answering a value or an ApiError. */
export function buildBridgeMethods(send: WireCall): Pick<OffprintApi, ListedMethod> {
  const methods: Partial<Record<ListedMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const name of pageMethodNames) {
    methods[name] = async (input: unknown) => {
      const result = await send(name, input);
      if (!result.ok) throw new ApiError(result);
      return result.value;
    };
  }
  return methods as Pick<OffprintApi, ListedMethod>;
}
