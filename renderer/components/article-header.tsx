import type { ComponentChildren } from 'preact';
import type { Review } from '../../electron/model/review.ts';
import { formatDate } from '../format/format-date.ts';
import { seriesLine } from '../format/review-labels.ts';
import { webLink } from '../format/web-link.ts';

/** The review's metadata, all of it as text: series and issue, title, subtitle, byline, dates, site, section and copyright; `children` end it (series navigation). */
export function ArticleHeader({ review, children }: { review: Review; children?: ComponentChildren }) {
  const series = seriesLine(review.series, review.issue);
  const source = webLink(review.sourceUrl);
  return (
    <header class="article-header">
      {series && <p class="article-series">{series}</p>}
      <h1 class="article-title">{review.title}</h1>
      {review.subtitle && <p class="article-subtitle">{review.subtitle}</p>}
      {review.authors.length > 0 && (
        <ul class="byline" aria-label="Authors">
          {review.authors.map((author) => (
            <li key={`${author.name}|${author.affiliation ?? ''}`}>
              <span class="byline-name">{author.name}</span>
              {author.affiliation && <span class="byline-affiliation">, {author.affiliation}</span>}
            </li>
          ))}
        </ul>
      )}
      <p class="article-facts">
        {review.publishedAt && (
          <span>
            Published <time dateTime={review.publishedAt}>{formatDate(review.publishedAt)}</time>
          </span>
        )}
        {review.updatedAtRaw ? (
          <span title={review.updatedAt && `Updated ${formatDate(review.updatedAt)}`}>
            {updatedLine(review.updatedAtRaw)}
          </span>
        ) : (
          review.updatedAt && (
            <span>
              Updated <time dateTime={review.updatedAt}>{formatDate(review.updatedAt)}</time>
            </span>
          )
        )}
        {review.site && <span>{review.site}</span>}
        {review.section && <span class="article-section">{review.section}</span>}
        {source && (
          <span>
            <a href={source.href} target="_blank" rel="noopener noreferrer">
              Original at {source.hostname}
            </a>
          </span>
        )}
      </p>
      {review.copyright && <p class="article-copyright">{copyrightLine(review.copyright)}</p>}
      {children}
    </header>
  );
}

/** The page's own update stamp, as printed, under a word that says what it is. */
function updatedLine(raw: string): string {
  return /updated/i.test(raw) ? raw : `Last updated ${raw}`;
}

/** The copyright holder with a © in front, unless the page's wording has one already. */
function copyrightLine(copyright: string): string {
  return /©|copyright|\(c\)/i.test(copyright) ? copyright : `© ${copyright}`;
}
