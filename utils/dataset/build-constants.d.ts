/**
 * Replaced at build time (modules/validate-dataset.ts) and in unit tests
 * (vitest.config.ts): the hex SHA-256 of assets/dataset/backstory.json.
 */
declare const __BACKSTORY_DATASET_HASH__: string;
