/** Everything searchable about one review. */
export interface SearchDocument {
  id: string; // review id
  title: string;
  series?: string;
  issue?: string;
  authors: string[]; // names (with affiliations appended is fine)
  tags: string[];
  publishedAt?: string; // 'YYYY-MM-DD' or 'YYYY-MM' or 'YYYY'
  body: string; // the Markdown body
  references: string[]; // each reference line as printed (headline, outlet, date…)
  outlets: string[]; // parsed outlet names of the references
  notes: string[]; // free notes, highlight comments, highlighted quotes and highlight tags
}
