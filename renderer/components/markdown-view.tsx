import { useLayoutEffect, useRef } from 'preact/hooks';
import { renderMarkdown } from '../markdown/render-markdown.ts';

/** Shows Markdown through the one sanitizer; the container's children are DOM nodes, never an HTML string. */
export function MarkdownView({ markdown, headingOffset, className }: MarkdownViewProps) {
  const container = useRef<HTMLDivElement>(null);
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
}
