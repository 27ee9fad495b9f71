/** The first pass's keys, made from the bundled dataset at build time (modules/gate-data.ts). */
declare module 'virtual:backstory-gate' {
  export const gateKeys: readonly string[];
  /** The keys' automaton (base64) and probe (utils/gate/scan.ts). */
  export const gateTables: import('./scan').GateTables;
  /** `gateTables.probe` alone (the script every page loads: utils/gate/probe-scan.ts). */
  export const gateProbe: string;
}
