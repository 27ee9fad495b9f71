/**
 * The page's text read by the probe's expressions is not kept by the engine's record of the last
 * match (utils/gate/forget-last-match.ts): the legacy `RegExp.input` shows what that record holds.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../utils/dataset';
import { toMatchingData } from '../../../utils/dataset/matching-data';
import { gateKeys } from '../../../utils/gate/keys';
import { createKeyStretches, probeSource } from '../../../utils/gate/probe';
import { createProbeScan } from '../../../utils/gate/probe-scan';
import { gateScanFor } from '../../support/gate-scan';

const keys = gateKeys(toMatchingData(dataset));
const source = probeSource(keys);
const lastSubject = () => (RegExp as unknown as { input: string }).input;

/** A page's worth of text that names nothing, with soft hyphens the probe's fold removes. */
const pageWithoutKeys = Array.from(
  { length: 400 },
  (_, i) => `Para\u00adgraph ${i}: the weather stays mild and the markets calm.`,
).join(' ');

describe('the last match after reading a page', () => {
  it('holds none of the page’s text after the probe says no', () => {
    const scan = createProbeScan(source);
    expect(pageWithoutKeys.length).toBeGreaterThan(20_000);
    expect(scan.probeAll([pageWithoutKeys])).toBe(false);
    expect(lastSubject()).toBe('');
  });

  it('holds none of the page’s text after the probe says maybe', () => {
    const scan = createProbeScan(source);
    expect(scan.probeAll([`${pageWithoutKeys} Lavrov spoke.`])).toBe(true);
    expect(lastSubject()).toBe('');
  });

  it('holds none of the page’s text after the key check reads batches of it', () => {
    const scan = gateScanFor(keys);
    expect(scan.locateAll([pageWithoutKeys])).toBeNull();
    expect(scan.locateAll([pageWithoutKeys, 'Lavrov spoke.'])).not.toBeNull();
    expect(lastSubject()).toBe('');
  });

  it('holds none of the page’s text after the key check locates the keys', () => {
    const found = createKeyStretches(source)(`${pageWithoutKeys} Lavrov spoke.`, 64);
    expect(found.stretches.length).toBe(2);
    expect(lastSubject()).toBe('');
  });
});
