// How a claims search term is looked for, decided from a sample of the search column (issue 15).
//
// The trigram index answers `search_text like '%term%'` by intersecting the posting lists of the
// term's trigrams. A term that mixes a rare word with a word on most claims ("t4242.bench",
// "contoso.onmicrosoft.com") then decodes the huge lists of the common word's trigrams (1,456 buffers
// and 16 ms at 1M claims) to keep the handful of rows the rare word alone finds in 21 buffers. So the
// index is asked for the rare words only, and the whole term is checked on the rows it answers.

/** What is known of the search column's values: PostgreSQL's sample of it (pg_stats). */
export type SearchSample = {
  /** The most common values and the fraction of rows holding each. */
  common: { value: string; frequency: number }[];
  /** Values bounding equal-sized slices of the remaining rows (each stands for the same share). */
  spread: string[];
  /** The fraction of rows with no value. */
  nullFraction: number;
};

/**
 * How to search: `term` alone through the planner, or the index for `indexWords` (rare words of the
 * term) with the whole `term` tested on each row found.
 */
export type SearchPlan = { term: string; indexWords: string[] };

// A word the sample holds this often is common (two of the hundred values a default ANALYZE keeps).
const COMMON = 0.015;
// Fewer values than this say too little to tell a rare word from a common one.
const MIN_SPREAD = 20;
// Shorter words have no trigram of their own to look for.
const MIN_WORD = 3;

/** The fraction of rows the sample estimates contain `part`. */
export function estimateContaining(sample: SearchSample, part: string): number {
  const commonShare = sample.common.reduce((s, c) => s + c.frequency, 0);
  const inCommon = sample.common.reduce((s, c) => s + (c.value.includes(part) ? c.frequency : 0), 0);
  const inSpread = sample.spread.length ? sample.spread.filter((v) => v.includes(part)).length / sample.spread.length : 0;
  return inCommon + inSpread * Math.max(0, 1 - commonShare - sample.nullFraction);
}

/** The words of a term, as the trigram index splits it: runs of letters and digits. */
export function searchWords(term: string): string[] {
  return [...new Set(term.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= MIN_WORD))];
}

/**
 * Which words of a (lower-cased) term to look up in the index. All of them (the planner's own choice
 * on the full term) unless the sample shows the term rare while some of its words are common; then
 * only the rare words. Without a usable sample, the planner decides as before.
 */
export function planClaimSearch(term: string, sample: SearchSample | null): SearchPlan {
  const plain = { term, indexWords: [] };
  if (!sample || sample.spread.length < MIN_SPREAD) return plain;
  if (estimateContaining(sample, term) >= COMMON) return plain;
  const words = searchWords(term);
  const rare = words.filter((w) => estimateContaining(sample, w) < COMMON);
  if (rare.length === 0 || rare.length === words.length) return plain;
  return { term, indexWords: rare };
}
