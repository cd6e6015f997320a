/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/** The prefix of an exported note's annotation id: `urn:offprint:note:<noteId>`. */
export const noteUrnPrefix = 'urn:offprint:note:';

/** The prefix of the review an annotation targets: `urn:offprint:review:<reviewId>`. */
export const reviewUrnPrefix = 'urn:offprint:review:';

/** The extension property on a target that carries the review's content hash, to find it again in another archive. */
export const contentHashKey = 'offprint:contentHash';

/** The `styleClass` of a highlight's target: the class the article view gives a highlight of that colour. */
export const styleClassPrefix = 'highlight-';

/** What a highlight's colour looks like, for annotation readers that apply the target's `styleClass`. */
export const highlightStylesheet = {
  type: 'CssStylesheet',
  value: [
    '.highlight-yellow { background-color: rgb(250 214 72 / 45%); }',
    '.highlight-green { background-color: rgb(120 200 120 / 40%); }',
    '.highlight-blue { background-color: rgb(110 170 230 / 40%); }',
    '.highlight-pink { background-color: rgb(240 130 180 / 40%); }',
  ].join(' '),
} as const;
