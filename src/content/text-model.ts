/**
 * The bridge between a rich-text editor's DOM and the plain string the engine analyses.
 *
 * Draft.js (X's desktop editor) renders one `[data-block="true"]` element per block, with the
 * block's text in text nodes below it and `<br data-text="true">` for an empty block. Its own
 * `getPlainText()` joins blocks with '\n'; the text built here is that same string, so every
 * finding offset is a UTF-16 offset both into the engine's input and into the DOM's text nodes
 * (which count in UTF-16 code units too; emoji and other surrogate pairs need no special case).
 */

export interface Segment {
  readonly node: Text;
  /** Offsets of the node's text in the plain string, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface Block {
  readonly el: Element;
  readonly start: number;
  readonly end: number;
}

export interface TextSnapshot {
  readonly text: string;
  /** Text nodes in document order; between blocks there is a one-character gap ('\n'). */
  readonly segments: readonly Segment[];
  readonly blocks: readonly Block[];
}

export interface DomPoint {
  readonly node: Node;
  readonly offset: number;
}

const DRAFT_BLOCK = '[data-block="true"]';
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE']);

function textNodesOf(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Reads a contenteditable editor's plain text and the map from offsets to its text nodes. */
export function readEditable(root: Element): TextSnapshot {
  const draftBlocks = root.querySelectorAll(DRAFT_BLOCK);
  if (draftBlocks.length > 0) return readDraft(draftBlocks);
  return readGeneric(root);
}

function readDraft(draftBlocks: NodeListOf<Element>): TextSnapshot {
  const segments: Segment[] = [];
  const blocks: Block[] = [];
  const parts: string[] = [];
  let pos = 0;
  draftBlocks.forEach((el, i) => {
    if (i > 0) {
      parts.push('\n');
      pos += 1;
    }
    const start = pos;
    for (const node of textNodesOf(el)) {
      const len = node.data.length;
      if (len === 0) continue;
      segments.push({ node, start: pos, end: pos + len });
      parts.push(node.data);
      pos += len;
    }
    blocks.push({ el, start, end: pos });
  });
  return { text: parts.join(''), segments, blocks };
}

/**
 * Any other contenteditable (X's editor once it is no longer Draft.js): block elements and <br>
 * separate lines, roughly as `innerText` would, but without forcing a layout.
 */
function readGeneric(root: Element): TextSnapshot {
  const segments: Segment[] = [];
  const blocks: Block[] = [];
  const parts: string[] = [];
  let pos = 0;
  let pendingBreak = false;
  let blockStart = 0;
  let blockEl: Element = root;
  const newline = (): void => {
    parts.push('\n');
    pos += 1;
  };
  const closeBlock = (next: Element): void => {
    blocks.push({ el: blockEl, start: blockStart, end: pos });
    blockEl = next;
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node as Text;
      if (t.data.length === 0) return;
      if (pendingBreak) {
        newline();
        pendingBreak = false;
        closeBlock(t.parentElement ?? root);
        blockStart = pos;
      }
      segments.push({ node: t, start: pos, end: pos + t.data.length });
      parts.push(t.data);
      pos += t.data.length;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      if (pendingBreak) newline();
      pendingBreak = true;
      return;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName) && el !== root;
    if (isBlock && pos > 0) pendingBreak = true;
    for (let c = el.firstChild; c !== null; c = c.nextSibling) visit(c);
    if (isBlock && pos > 0) pendingBreak = true;
  };
  visit(root);
  blocks.push({ el: blockEl, start: blockStart, end: pos });
  return { text: parts.join(''), segments, blocks };
}

/** First index in `segments` whose end is at or after `off`. */
function segmentIndex(segments: readonly Segment[], off: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).end < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function blockAt(blocks: readonly Block[], off: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as Block).end < off) lo = mid + 1;
    else hi = mid;
  }
  return blocks[lo] ?? blocks[blocks.length - 1];
}

/**
 * The DOM position of a plain-text offset. `bias` picks the side when the offset sits exactly
 * between two text nodes: a range's start wants the later node, its end the earlier one, so a
 * range never spans a node it does not cover.
 */
export function pointAt(snap: TextSnapshot, offset: number, bias: 'start' | 'end'): DomPoint | null {
  const off = Math.max(0, Math.min(offset, snap.text.length));
  const segs = snap.segments;
  const i = segmentIndex(segs, off);
  const seg = segs[i];
  if (seg !== undefined && seg.start <= off) {
    const next = segs[i + 1];
    if (bias === 'start' && off === seg.end && next !== undefined && next.start === off) {
      return { node: next.node, offset: 0 };
    }
    return { node: seg.node, offset: off - seg.start };
  }
  // An empty block (or an empty editor): anchor on the block element itself.
  const block = blockAt(snap.blocks, off);
  if (block !== undefined) return { node: leafOf(block.el), offset: 0 };
  return null;
}

function leafOf(el: Element): Element {
  // Draft's empty block is div > div[data-offset-key] > span[data-offset-key] > br; the caret
  // belongs in the innermost span, where Draft itself puts it.
  return el.querySelector('span[data-offset-key]') ?? el;
}

export function rangeFor(snap: TextSnapshot, start: number, end: number, doc: Document): Range | null {
  const a = pointAt(snap, start, 'start');
  const b = pointAt(snap, end, end === start ? 'start' : 'end');
  if (a === null || b === null) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

/** The plain-text offset of a DOM position inside the editor (a caret or selection end). */
export function offsetOf(snap: TextSnapshot, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    for (const s of snap.segments) {
      if (s.node === node) return s.start + Math.min(offset, s.end - s.start);
    }
  }
  const doc = node.ownerDocument;
  if (doc === null) return null;
  // Inside an empty block: that block's start.
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (const b of snap.blocks) {
    if (b.start === b.end && el !== null && b.el.contains(el)) return b.start;
  }
  const point = doc.createRange();
  try {
    point.setStart(node, offset);
  } catch {
    return null;
  }
  // The first text node at or after the point gives the offset; none: the end of the text.
  let lo = 0;
  let hi = snap.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = snap.segments[mid] as Segment;
    if (point.comparePoint(s.node, s.node.data.length) < 0) lo = mid + 1;
    else hi = mid;
  }
  const seg = snap.segments[lo];
  return seg === undefined ? snap.text.length : seg.start;
}
