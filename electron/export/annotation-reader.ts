import { z } from 'zod';
import { messageOf, problemOf } from '../common/messages.ts';
import { IdSchema } from '../model/id.ts';
import { HighlightColorSchema, type Note, NoteSchema } from '../model/note.ts';
import { OffprintError } from '../model/offprint-error.ts';
import { contentHashKey, noteUrnPrefix, reviewUrnPrefix, styleClassPrefix } from './annotation-vocabulary.ts';

/** How an annotation names the review it belongs to: its id in the archive it came from, its content, its page. */
export interface ReviewClue {
  id?: string;
  contentHash?: string;
  sourceUrls: string[];
}

/** One annotation of the file: the note it restores (without its review) or why it cannot be restored. */
export type ReadAnnotation =
  | { id: string; ok: true; note: Omit<Note, 'reviewId'>; review: ReviewClue }
  | { id: string; ok: false; reason: string };

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]);
const SelectorSchema = z.looseObject({ type: z.string() });
const TargetSchema = z.union([
  z.string(),
  z.looseObject({
    source: z.union([z.string(), z.looseObject({ id: z.string() })]),
    selector: oneOrMany(SelectorSchema).optional(),
    styleClass: z.string().optional(),
    [contentHashKey]: z.string().optional(),
  }),
]);
const BodySchema = z.union([
  z.string(),
  z.looseObject({ type: z.string().optional(), value: z.unknown(), purpose: oneOrMany(z.string()).optional() }),
]);
const AnnotationSchema = z.looseObject({
  type: z.literal('Annotation'),
  id: z.string().min(1),
  created: z.string().optional(),
  modified: z.string().optional(),
  body: oneOrMany(BodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMany(TargetSchema),
});
const PageSchema = z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(AnnotationSchema) });
const CollectionSchema = z.looseObject({ type: z.literal('AnnotationCollection'), first: PageSchema.optional() });
const QuoteSchema = z.object({ exact: z.string(), prefix: z.string().default(''), suffix: z.string().default('') });
const PositionSchema = z.object({ start: z.number(), end: z.number() });
const NoteFieldsSchema = NoteSchema.omit({ reviewId: true });

type Annotation = z.infer<typeof AnnotationSchema>;
type Target = Exclude<z.infer<typeof TargetSchema>, string>;

/** Reads a Web Annotation file (a collection, a page, one annotation or a list); a file of another kind is refused. */
export function readAnnotations(text: string): ReadAnnotation[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new OffprintError(
      'invalid-input',
      `This file is not JSON (${messageOf(error)}); choose an annotations file exported by Offprint.`,
    );
  }
  const schema = schemaFor(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new OffprintError(
      'invalid-input',
      `This file is not a set of Web Annotations (${problemOf(parsed.error)}); choose an annotations file exported by Offprint.`,
    );
  }
  return annotationsIn(parsed.data).map(readAnnotation);
}

/** The schema for what the file says it is, so a refusal names the field that is wrong. */
function schemaFor(raw: unknown) {
  if (Array.isArray(raw)) return z.array(AnnotationSchema);
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
  if (type === 'AnnotationCollection') return CollectionSchema;
  if (type === 'AnnotationPage') return PageSchema;
  return AnnotationSchema;
}

function annotationsIn(
  file: Annotation | Annotation[] | z.infer<typeof PageSchema> | z.infer<typeof CollectionSchema>,
) {
  if (Array.isArray(file)) return file;
  if (file.type === 'AnnotationCollection') return file.first?.items ?? [];
  if (file.type === 'AnnotationPage') return file.items;
  return [file];
}

function readAnnotation(annotation: Annotation): ReadAnnotation {
  const { id } = annotation;
  const fail = (reason: string): ReadAnnotation => ({ id, ok: false, reason });
  const noteId = id.startsWith(noteUrnPrefix) ? id.slice(noteUrnPrefix.length) : '';
  if (!IdSchema.safeParse(noteId).success) {
    return fail('It is not a note exported by Offprint (its id does not start with urn:offprint:note:).');
  }
  if (!annotation.created) return fail('It has no "created" date.');
  const targets = [annotation.target]
    .flat()
    .map((target) => (typeof target === 'string' ? { source: target } : target));
  const own = targets.find((target) => sourceOf(target).startsWith(reviewUrnPrefix));
  const review = clueOf(own, targets);
  if (!review.id && !review.contentHash && review.sourceUrls.length === 0) {
    return fail('It does not name a review (no target has an urn:offprint:review: or web address as its source).');
  }
  const anchor = own ?? targets.find((target) => target.selector !== undefined);
  const highlight = highlightOf(anchor);
  if (typeof highlight === 'string') return fail(highlight);
  const bodies = [annotation.body ?? []].flat();
  const comments = bodies.flatMap((body) => (isComment(body) ? [textOf(body)] : []));
  const tags = bodies.flatMap((body) =>
    typeof body !== 'string' && hasPurpose(body, 'tagging') ? [textOf(body)] : [],
  );
  const color = highlight ? colourOf(anchor) : undefined;
  const fields = {
    id: noteId,
    body: annotation.bodyValue ?? comments.join('\n\n'),
    createdAt: annotation.created,
    updatedAt: annotation.modified ?? annotation.created,
    ...(highlight ? { kind: 'highlight' as const, selector: highlight, tags } : tags.length > 0 ? { tags } : {}),
    ...(color ? { color } : {}),
  };
  const note = NoteFieldsSchema.safeParse(fields);
  if (!note.success) return fail(`It does not fit an Offprint note (${problemOf(note.error)}).`);
  return { id, ok: true, note: note.data, review };
}

function clueOf(own: Target | undefined, targets: Target[]): ReviewClue {
  const reviewId = own ? sourceOf(own).slice(reviewUrnPrefix.length) : '';
  const contentHash = own?.[contentHashKey];
  return {
    ...(IdSchema.safeParse(reviewId).success ? { id: reviewId } : {}),
    ...(typeof contentHash === 'string' ? { contentHash } : {}),
    sourceUrls: targets.map(sourceOf).filter((source) => /^https?:\/\//i.test(source)),
  };
}

/** The highlight's selector; undefined for a note on the whole review; a string says why it cannot be placed. */
function highlightOf(target: Target | undefined): Note['selector'] | string | undefined {
  if (target?.selector === undefined) return undefined;
  const selectors = [target.selector].flat();
  const quote = QuoteSchema.safeParse(selectors.find((selector) => selector.type === 'TextQuoteSelector'));
  const position = PositionSchema.safeParse(selectors.find((selector) => selector.type === 'TextPositionSelector'));
  if (!quote.success || !position.success) {
    return 'Its highlight needs both a TextQuoteSelector and a TextPositionSelector on the review.';
  }
  return { quote: quote.data, position: position.data };
}

function colourOf(target: Target | undefined): Note['color'] {
  const name = target?.styleClass?.startsWith(styleClassPrefix)
    ? target.styleClass.slice(styleClassPrefix.length)
    : target?.styleClass;
  const colour = HighlightColorSchema.safeParse(name);
  return colour.success ? colour.data : undefined;
}

function sourceOf(target: Target): string {
  return typeof target.source === 'string' ? target.source : target.source.id;
}

function isComment(body: z.infer<typeof BodySchema>): boolean {
  if (typeof body === 'string') return false;
  if (body.type !== undefined && body.type !== 'TextualBody') return false;
  return body.purpose === undefined ? typeof body.value === 'string' : hasPurpose(body, 'commenting');
}

function hasPurpose(body: Exclude<z.infer<typeof BodySchema>, string>, purpose: string): boolean {
  return typeof body.value === 'string' && [body.purpose ?? []].flat().includes(purpose);
}

function textOf(body: z.infer<typeof BodySchema>): string {
  return typeof body === 'string' ? body : String(body.value);
}
