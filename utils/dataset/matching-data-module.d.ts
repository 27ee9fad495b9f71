/** The build's slice of the bundled dataset and its matcher's tables (modules/matching-data.ts). */
declare module 'virtual:backstory-matching-data' {
  /**
   * The slice and the matcher compiled for it (utils/matching/matcher-tables.ts), inflated from
   * the script's source text on each call (not kept by the module).
   */
  export function readEngineData(): Promise<{
    data: import('./schema').MatchingData;
    tables: import('../matching/matcher-tables').MatcherTables;
  }>;
}
