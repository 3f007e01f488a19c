#!/usr/bin/env node
// Draws build/icons/512x512.png from the shapes of icon.svg (no image
// library needed): 4x4 supersampled rounded rectangles and circles, written as
// an RGBA PNG. electron-builder derives the Windows and macOS icons from it.
// Run: node build/icons/make-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const SAMPLES = 4;
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

const rect = (x, y, w, h, r, fill) => ({ fill: hex(fill), inside: (px, py) => {
  const dx = Math.max(x + r - px, 0, px - (x + w - r));
  const dy = Math.max(y + r - py, 0, py - (y + h - r));
  return px >= x && px <= x + w && py >= y && py <= y + h && dx * dx + dy * dy <= r * r;
} });
const circle = (cx, cy, r, fill) => ({ fill: hex(fill), inside: (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r });

// Same shapes, same order as icon.svg.
const shapes = [
  rect(32, 32, 448, 448, 96, '#1d6b73'),
  rect(136, 96, 240, 320, 24, '#ffffff'),
  ...[150, 220, 290, 360].map((cy) => circle(158, cy, 10, '#1d6b73')),
  rect(190, 143, 150, 14, 7, '#9cc6cb'),
  rect(190, 193, 120, 14, 7, '#9cc6cb'),
  rect(190, 243, 140, 14, 7, '#9cc6cb'),
  circle(206, 340, 16, '#f2b134'),
  circle(250, 340, 16, '#f2b134'),
  circle(294, 340, 16, '#cfe3e5'),
];

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        let color = null;
        for (const shape of shapes) if (shape.inside(px, py)) color = shape.fill;
        if (color) { r += color[0]; g += color[1]; b += color[2]; a += 1; }
      }
    }
    const i = row + 1 + x * 4;
    // Straight (non-premultiplied) alpha: average colour of the covered samples.
    raw[i] = a ? Math.round(r / a) : 0;
    raw[i + 1] = a ? Math.round(g / a) : 0;
    raw[i + 2] = a ? Math.round(b / a) : 0;
    raw[i + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), `${SIZE}x${SIZE}.png`);
fs.writeFileSync(out, png);
console.log(`Wrote ${path.relative(process.cwd(), out)} (${png.length} bytes).`);
