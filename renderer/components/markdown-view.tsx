import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderMarkdown } from '../markdown/render-markdown.ts';

/** Shows Markdown through the one sanitizer; the container's children are DOM nodes, never an HTML string. */
export function MarkdownView({ markdown, headingOffset, className, body }: MarkdownViewProps) {
  const own = useRef<HTMLDivElement>(null);
  const container = body ?? own;
  useLayoutEffect(() => {
    container.current?.replaceChildren(renderMarkdown(markdown, { headingOffset }));
  }, [markdown, headingOffset]);
  return <div class={className} ref={container} />;
}

/** What to render and how far to push its headings down under the page's own. */
export interface MarkdownViewProps {
  markdown: string;
  headingOffset: number;
  className?: string;
  /** Takes the element the Markdown is drawn into, for a view that works on it. */
  body?: RefObject<HTMLDivElement>;
}
