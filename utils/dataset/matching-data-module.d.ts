/** The build's slice of the bundled dataset (modules/matching-data.ts). */
declare module 'virtual:backstory-matching-data' {
  export const matchingData: import('./schema').MatchingData;
  /** The matcher's automaton for `matchingData`, base64 (utils/matching/automaton-tables.ts). */
  export const matcherTables: string;
}
