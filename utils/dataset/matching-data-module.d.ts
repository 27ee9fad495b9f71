/** The build's slice of the bundled dataset (modules/matching-data.ts). */
declare module 'virtual:backstory-matching-data' {
  export const matchingData: import('./schema').MatchingData;
  /** The matcher compiled for `matchingData` (utils/matching/matcher-tables.ts). */
  export const matcherTables: import('../matching/matcher-tables').MatcherTables;
}
