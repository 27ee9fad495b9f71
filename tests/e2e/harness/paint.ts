import { withLiveHighlights } from '../../../tools/live-ranges';
import type { TestPage } from '../../../tools/test-page';

export interface PaintedMention {
  text: string;
  /** Whether the pixels of its first line box hold a colour: a highlight painted there. */
  painted: boolean;
}

/**
 * Whether each `backstory-*` range (of every name but the focus, in document order) is painted:
 * its first line box is screenshotted and looked at in the page. Paint is the only thing that
 * tells: the registry cannot say whether a rule styles a name. The page must be black text on
 * white, where unpainted text leaves only grey pixels and our highlights add blue, purple,
 * orange or teal.
 */
export async function paintedMentions(page: TestPage): Promise<PaintedMention[]> {
  const boxes = await withLiveHighlights(page, (highlights) =>
    highlights
      .filter(({ name }) => name !== 'backstory-focus')
      .flatMap((highlight) => highlight.ranges)
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))
      .map((range) => {
        const rect = range.getClientRects()[0];
        return {
          text: range.toString(),
          box: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height + 3 } : null,
        };
      }),
  );
  const painted: PaintedMention[] = [];
  for (const { text, box } of boxes) {
    if (box === null || box.width < 1) {
      painted.push({ text, painted: false });
      continue;
    }
    const shot = await page.puppeteer.screenshot({ clip: box, encoding: 'base64' });
    painted.push({ text, painted: await holdsColour(page, shot) });
  }
  return painted;
}

/** Whether a PNG (base64) has a pixel that is not grey. */
function holdsColour(page: TestPage, png: string): Promise<boolean> {
  return page.evaluate(async (data: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    // A check that cannot read the pixels must not pass.
    if (!context) throw new Error('no 2D canvas to read the screenshot with');
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < pixels.length; i += 4) {
      const r = pixels[i] ?? 0;
      const g = pixels[i + 1] ?? 0;
      const b = pixels[i + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 12) return true;
    }
    return false;
  }, png);
}
