// Draws the toolbar icon (a speech bubble with a shield stripe) as PNGs with no image library.
// Run once: node scripts/make-icons.mjs — the PNGs are committed in public/icons/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      // Rounded bubble body plus a small tail at the bottom left.
      const inBody = Math.hypot(Math.max(Math.abs(u - 0.5) - 0.3, 0), Math.max(Math.abs(v - 0.42) - 0.22, 0)) < 0.14;
      const inTail = v > 0.7 && v < 0.92 && u > 0.2 && u < 0.42 && u - 0.2 < (0.92 - v) * 1.1;
      const inCross = (Math.abs(u - 0.5) < 0.06 && Math.abs(v - 0.42) < 0.2) || (Math.abs(v - 0.42) < 0.06 && Math.abs(u - 0.5) < 0.2);
      let rgba = [0, 0, 0, 0];
      if (inBody || inTail) rgba = inCross && inBody ? [255, 255, 255, 255] : [13, 110, 110, 255];
      row.set(rgba, 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
