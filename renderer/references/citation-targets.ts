const targets = new WeakMap<Element, () => void>();

/** Makes `element` (a reference entry) answer Copy Citation with `copy`; answers the function that undoes it. */
export function registerCitationTarget(element: Element, copy: () => void): () => void {
  targets.set(element, copy);
  return () => {
    if (targets.get(element) === copy) targets.delete(element);
  };
}

/**
 * Copy Citation from the context menu: copies the citation of the reference entry at `point` (the page's CSS
 * pixels); anywhere else it runs `elsewhere` (the open review's own citation). Answers whether a reference was copied.
 */
export function copyCitationAt(
  doc: Document,
  point: { x: number; y: number } | undefined,
  elsewhere: () => void,
): boolean {
  let element = point ? doc.elementFromPoint(point.x, point.y) : null;
  while (element && !targets.has(element)) element = element.parentElement;
  const copy = element ? targets.get(element) : undefined;
  if (copy) copy();
  else elsewhere();
  return copy !== undefined;
}
