/**
 * 絞り込みキーワード of the list pages (3-②, 4): terms separated by full- or half-width spaces, every term must
 * occur (AND) in one of a row's searchable texts, compared case- and width-insensitively.
 */

/** NFKC folds full-width letters, digits and the ideographic space to their half-width forms; then lower-case. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The keyword's terms, normalized; '' or only spaces gives no terms (= no filter). */
export function searchTerms(keyword: string): string[] {
  // \s covers U+3000 too; NFKC has already turned it into U+0020, this is belt and braces.
  return normalizeForSearch(keyword)
    .split(/[\s\u3000]+/)
    .filter((term) => term.length > 0);
}

/** True when every term occurs in at least one of the texts (each term on its own: a term never spans two texts). */
export function matchesAllTerms(texts: readonly string[], terms: readonly string[]): boolean {
  const haystacks = texts.map(normalizeForSearch);
  return terms.every((term) => haystacks.some((text) => text.includes(term)));
}

/** The rows whose searchable texts match every term of the keyword, in their original order. */
export function filterByKeyword<T>(
  rows: readonly T[],
  keyword: string,
  searchable: (row: T) => readonly string[],
): T[] {
  const terms = searchTerms(keyword);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => matchesAllTerms(searchable(row), terms));
}
