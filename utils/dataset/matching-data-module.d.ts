/** The build's slice of the bundled dataset (modules/matching-data.ts). */
declare module 'virtual:backstory-matching-data' {
  /** The slice, inflated from the script's source text on each call (not kept by the module). */
  export function readMatchingData(): Promise<import('./schema').MatchingData>;
  /** The matcher compiled for the slice (utils/matching/matcher-tables.ts), read the same way. */
  export function readBuiltTables(): Promise<import('../matching/matcher-tables').MatcherTables>;
}
