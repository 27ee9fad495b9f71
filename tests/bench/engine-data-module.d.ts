/** The engine's data file as base64, for the page benchmark (tests/bench/page-bundles.ts). */
declare module 'virtual:backstory-bench-engine-data' {
  export const engineDataBase64: string;
}
