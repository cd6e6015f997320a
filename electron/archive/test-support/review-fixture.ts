import type { Review } from '../../model/review.ts';

/** A small valid review with one author, one reference and one tag, as tests of the archive store it. */
export function review(id: string, title: string): Review {
  return {
    id,
    title,
    authors: [{ name: 'Ana Pérez', affiliation: 'Harbour University' }],
    importedAt: '2024-03-05T10:00:00.000Z',
    referenceCount: 1,
    body: 'A paragraph.',
    references: [{ raw: '"Headline", Outlet, 1 March 2024', title: 'Headline', container: 'Outlet' }],
    tags: ['harbour'],
    contentHash: 'hash',
    provenance: { kind: 'markdown' },
  };
}
