/**
 * Which of a traced load's main-thread tasks count as the extension's (tests/bench/own-tasks.ts):
 * its own tasks whole, and in a page's task only its script runs (its MutationObserver callback
 * after the page's change).
 */
import { describe, expect, it } from 'vitest';
import { ownTasks } from '../../bench/own-tasks';

const ORIGIN = 'chrome-extension://abc';
const PAGE = 'http://127.0.0.1:8080/page.html';
const thread = { pid: 1, tid: 2 };

/** A slice of the main thread: `ts` and `dur` in µs, `cpu` its thread time in µs. */
function slice(name: string, ts: number, dur: number, cpu: number, url?: string) {
  return {
    ...thread,
    name,
    ph: 'X',
    ts,
    dur,
    tdur: cpu,
    ...(url === undefined ? {} : { args: { data: { url } } }),
  };
}

describe('the tasks that ran the extension code', () => {
  it('counts a task of its own whole: compiling and running its script', () => {
    const events = [
      slice('RunTask', 1000, 3000, 2500),
      slice('EvaluateScript', 1100, 2800, 2300, `${ORIGIN}/first-pass.js`),
      slice('RunTask', 9000, 500, 400),
      slice('FunctionCall', 9100, 300, 250, PAGE),
    ];
    expect(ownTasks(events, ORIGIN).taskCpuMs).toEqual([2.5]);
  });

  it('counts only its callback in a task where the page ran first', () => {
    const events = [
      slice('RunTask', 1000, 9000, 8000),
      slice('FunctionCall', 1100, 7000, 6500, PAGE),
      slice('FunctionCall', 8200, 600, 500, `${ORIGIN}/first-pass.js`),
      // Nested in the callback above: not counted twice.
      slice('FunctionCall', 8300, 100, 100, `${ORIGIN}/first-pass.js`),
    ];
    const load = ownTasks(events, ORIGIN);
    expect(load.taskCpuMs).toEqual([0.5]);
    expect(load.longestWallMs).toBe(0.6);
  });

  it('counts no task without its code', () => {
    const events = [slice('RunTask', 1000, 900, 800), slice('FunctionCall', 1100, 700, 650, PAGE)];
    expect(ownTasks(events, ORIGIN).taskCpuMs).toEqual([]);
  });
});
