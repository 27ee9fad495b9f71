// Sums the JSON reports that `npm run test:unit`, `npm run test:e2e` and
// `npm run test:sweep` write into test-results/ and prints one plain line:
// "N passed, N failed, N skipped".
// A run whose report is missing did not get that far, and is said so.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const runs = [
  ['unit', 'test-results/unit.json'],
  ['e2e', 'test-results/e2e.json'],
  ['sweep', 'test-results/sweep.json'],
];

const total = { passed: 0, failed: 0, skipped: 0 };
const notRun = [];
for (const [name, file] of runs) {
  const path = resolve(import.meta.dirname ?? '.', '..', file);
  if (!existsSync(path)) {
    notRun.push(name);
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const passed = report.numPassedTests ?? 0;
  // A file that fails outside its tests (load error, failing hook) counts once more.
  const failedFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failed = (report.numFailedTests ?? 0) + failedFiles;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  total.passed += passed;
  total.failed += failed;
  total.skipped += skipped;
}
if (notRun.length > 0) console.log(`did not run: ${notRun.join(', ')} (an earlier step failed)`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
