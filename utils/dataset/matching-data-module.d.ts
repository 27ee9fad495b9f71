/** The build's slice of the bundled dataset (modules/matching-data.ts). */
declare module 'virtual:backstory-matching-data' {
  /** The slice, decoded from the script's source text on each call (not kept by the module). */
  export function readMatchingData(): import('./schema').MatchingData;
  /** The matcher compiled for `matchingData` (utils/matching/matcher-tables.ts). */
  export const matcherTables: import('../matching/matcher-tables').MatcherTables;
}
