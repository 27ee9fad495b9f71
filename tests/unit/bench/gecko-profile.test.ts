import { describe, expect, it } from 'vitest';
import { type GeckoProfile, geckoOwnTasks } from '../../bench/gecko-profile';

const ORIGIN = 'moz-extension://ours';

/**
 * A main thread in Gecko's format: strings, frames (a location each), stacks (prefix + frame)
 * and samples (stack, time in ms since the process start, CPU delta in ns).
 */
function thread(
  samples: [stack: number | null, time: number, cpuNs: number][],
  longTasks: [number, number][],
  /** The marker's name: 4 `LongTask`, 7 `LongIdleTask`. */
  marker = 4,
) {
  const strings = [
    '(root)',
    'promise callback',
    `${ORIGIN}/first-pass.js`,
    'page.js',
    'LongTask',
    'setTimeout callback',
    `${ORIGIN}/engine.js`,
    'LongIdleTask',
    'minRequiredWidth (chrome://global/content/elements/videocontrols.js:2319:13)',
  ];
  return {
    name: 'GeckoMain',
    stringTable: strings,
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2], [3], [5], [6], [8]] },
    // 0 root; 1 root>promise; 2 root>promise>first-pass; 3 root>page; 4 root>timer;
    // 5 root>timer>engine; 6 root>video controls; 7 root>video controls>"first-pass"
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [1, 2],
        [0, 3],
        [0, 4],
        [4, 5],
        [0, 6],
        [6, 2],
      ],
    },
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
    markers: {
      schema: { name: 0, startTime: 1, endTime: 2, phase: 3, data: 4 },
      data: longTasks.map(([from, to]) => [marker, from, to, 1, { type: 'MainThreadLongTask' }]),
    },
  };
}

function profile(child: ReturnType<typeof thread>): GeckoProfile {
  return {
    meta: { startTime: 1000, interval: 1 },
    threads: [],
    // A content process, serialized as Firefox writes it, starting 500 ms after the parent.
    processes: [
      JSON.stringify({
        meta: { startTime: 1500, interval: 1 },
        threads: [{ ...child, processType: 'tab', processName: 'Web Content' }],
      }),
      // The extensions' process runs the background script: its tasks hold no page.
      JSON.stringify({
        meta: { startTime: 1500, interval: 1 },
        threads: [{ ...child, processType: 'tab', processName: 'WebExtensions' }],
      }),
    ],
  } as unknown as GeckoProfile;
}

describe('geckoOwnTasks', () => {
  it("counts a long task only when a sample inside it has the extension's code on its stack", () => {
    const samples: [number | null, number, number][] = [];
    // 0–59 ms: the page's own long task; 100–159 ms: a long task with 10 samples of ours.
    for (let t = 0; t < 60; t++) samples.push([3, t, 1e6]);
    for (let t = 100; t < 160; t++) samples.push([t >= 120 && t < 130 ? 2 : 3, t, 1e6]);
    const [load] = geckoOwnTasks(
      profile(
        thread(samples, [
          [0, 60],
          [100, 160],
        ]),
      ),
      ORIGIN,
      [{ from: 1500, to: 1500 + 200 }],
    );
    expect(load?.longTasks).toHaveLength(1);
    expect(load?.longTasks[0]).toMatchObject({ wallMs: 60, ownCpuMs: 10, ownWallMs: 10 });
    expect(load?.longTasks[0]?.where[0]).toMatch(/^first-pass\.js/);
    expect(load?.longTasks[0]?.entry).toBe('promise callback');
    expect(load?.stretchWallMs).toBe(10);
    expect(load?.ownSamples).toBe(10);
  });

  it('counts a long task of idle priority too (where Firefox runs a content script at document_idle)', () => {
    const samples: [number | null, number, number][] = [];
    for (let t = 0; t < 70; t++) samples.push([t < 40 ? 2 : 3, t, 1e6]);
    const idle = geckoOwnTasks(profile(thread(samples, [[0, 70]], 7)), ORIGIN, [
      { from: 1500, to: 1700 },
    ]);
    expect(idle[0]?.longTasks).toMatchObject([{ wallMs: 70, ownCpuMs: 40 }]);
    // Any other marker over the same stretch is not a task.
    const other = geckoOwnTasks(profile(thread(samples, [[0, 70]], 5)), ORIGIN, [
      { from: 1500, to: 1700 },
    ]);
    expect(other[0]?.longTasks).toEqual([]);
  });

  it("does not count a frame named ours under the browser's own chrome:// code", () => {
    const samples: [number | null, number, number][] = [];
    // A 60 ms task of the video controls whose frames the profiler named after ours.
    for (let t = 0; t < 60; t++) samples.push([7, t, 1e6]);
    const [load] = geckoOwnTasks(profile(thread(samples, [[0, 60]])), ORIGIN, [
      { from: 1500, to: 1700 },
    ]);
    expect(load).toMatchObject({ longTasks: [], ownSamples: 0, stretchWallMs: 0 });
  });

  it('splits stretches at another entry point and at a gap, and keeps loads apart by their window', () => {
    const samples: [number | null, number, number][] = [
      // Load 1: 5 samples from the promise callback, then at once 3 from a timer: two stretches.
      [2, 10, 1e6],
      [2, 11, 1e6],
      [2, 12, 1e6],
      [2, 13, 1e6],
      [2, 14, 1e6],
      [5, 15, 2e6],
      [5, 16, 2e6],
      [5, 17, 2e6],
      // Load 2: two runs of the same entry point 20 ms apart (two tasks), no long task.
      [5, 500, 1e6],
      [5, 501, 1e6],
      [null, 510, 0],
      [5, 530, 1e6],
    ];
    const [first, second] = geckoOwnTasks(profile(thread(samples, [])), ORIGIN, [
      { from: 1500, to: 1600 },
      { from: 1900, to: 2100 },
    ]);
    expect(first).toMatchObject({ stretchWallMs: 5, stretchCpuMs: 5, ownSamples: 8, ownCpuMs: 11 });
    expect(first?.stretchWhere).toBe('first-pass.js');
    expect(second).toMatchObject({ stretchWallMs: 2, ownSamples: 3, longTasks: [] });
    expect(second?.stretchWhere).toBe('engine.js');
  });
});
