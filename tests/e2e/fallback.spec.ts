/**
 * Where the CSS Custom Highlight API is missing, underlines are boxes in the overlay's shadow DOM,
 * placed from Range.getClientRects(): they must sit on the words and follow scrolling and the
 * editor's growth. The fixture page asks for the fallback with <html data-caretweet-fallback>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expected, itemsOf, RISKY } from './expected.js';
import { editor, frames, launch, modelText, overlay, overlayInfo, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
}

async function boxes(page: Page, severity: string): Promise<Box[]> {
  return overlay(page).evaluate((el, sev) => Array.from(el.shadowRoot?.querySelectorAll(`.box[data-severity="${sev}"]`) ?? []).map((b) => {
    const r = b.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width };
  }), severity);
}

/** Where the words [start, end) of the editor's plain text are, measured by the page itself. */
async function wordsRect(page: Page, start: number, end: number): Promise<Box> {
  return editor(page).evaluate((root, [s, e]) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let pos = 0;
    const range = document.createRange();
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const len = (n as Text).data.length;
      if (s >= pos && s <= pos + len) range.setStart(n, s - pos);
      if (e >= pos && e <= pos + len) {
        range.setEnd(n, e - pos);
        break;
      }
      pos += len;
    }
    const r = range.getClientRects()[0] as DOMRect;
    return { left: r.left, top: r.top, width: r.width };
  }, [start, end] as const);
}

describe('underlines without the Custom Highlight API', () => {
  it('draws boxes over the flagged words that follow scrolling and the editor growing', async () => {
    const page = await hx.open('https://x.com/home?fallback=1');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => modelText(page)).toBe(RISKY);
    const want = expected(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(want));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const err = want.findings.find((f) => f.severity === 'error');
    if (err === undefined) throw new Error('the risky sample has no error finding');

    const check = async (): Promise<void> => {
      await frames(page, 3);
      const words = await wordsRect(page, err.span.start, err.span.end);
      const drawn = await boxes(page, 'error');
      expect(drawn.some((b) => Math.abs(b.left - words.left) < 2 && Math.abs(b.top - words.top) < 2 && Math.abs(b.width - words.width) < 2)).toBe(true);
    };
    await check();
    // The page scrolls: the boxes move with the text.
    await page.mouse.wheel(0, 120);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await check();
    // The editor grows (new lines above the words): the boxes move down with them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe(`\n\n${RISKY}`);
    const moved = expected(`\n\n${RISKY}`).findings.find((f) => f.severity === 'error');
    if (moved === undefined) throw new Error('lost the error finding');
    await frames(page, 3);
    const words = await wordsRect(page, moved.span.start - 2, moved.span.end - 2);
    const drawn = await boxes(page, 'error');
    expect(drawn.some((b) => Math.abs(b.top - words.top) < 2 && Math.abs(b.left - words.left) < 2)).toBe(true);
    await page.close();
  });
});
