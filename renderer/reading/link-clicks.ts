/** Calls `onClick` for every click on a link matching `selector` inside `body`; answers the function that stops it. */
export function onLinkClick(
  body: HTMLElement,
  selector: string,
  onClick: (link: HTMLAnchorElement, event: MouseEvent) => void,
): () => void {
  const click = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest(selector) : null;
    if (link instanceof HTMLAnchorElement && body.contains(link)) onClick(link, event);
  };
  body.addEventListener('click', click);
  return () => body.removeEventListener('click', click);
}
