#!/usr/bin/env node
// Draws the app icon (build/icon.png, 512×512) and its vector twin (build/icon.svg) without any
// image library: a rounded square with three linked nodes — a webhook's source, target and callback.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const RADIUS = 112;
const BACKGROUND = [0x2f, 0x4b, 0xd8];
const FOREGROUND = [0xff, 0xff, 0xff];
const NODES = [
  [256, 150],
  [146, 346],
  [366, 346],
];
const NODE_RADIUS = 52;
const LINK_WIDTH = 30;
const SAMPLES = 4;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function insideGlyph(x, y) {
  if (NODES.some(([nx, ny]) => Math.hypot(x - nx, y - ny) <= NODE_RADIUS)) return true;
  const links = [
    [NODES[0], NODES[1]],
    [NODES[1], NODES[2]],
    [NODES[2], NODES[0]],
  ];
  return links.some(([a, b]) => distanceToSegment(x, y, a, b) <= LINK_WIDTH / 2);
}

/** RGBA pixels, 4×4 supersampled so the edges are smooth. */
function render() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let cover = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = x + (sx + 0.5) / SAMPLES;
          const py = y + (sy + 0.5) / SAMPLES;
          if (!insideRoundedSquare(px, py)) continue;
          cover++;
          if (insideGlyph(px, py)) glyph++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const mix = cover === 0 ? 0 : glyph / cover;
      const offset = (y * SIZE + x) * 4;
      for (let c = 0; c < 3; c++)
        pixels[offset + c] = Math.round(BACKGROUND[c] * (1 - mix) + FOREGROUND[c] * mix);
      pixels[offset + 3] = Math.round((cover / total) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(pixels, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++)
    pixels.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg() {
  const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const [a, b, c] = NODES;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <title>Webhook Studio</title>
  <rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="${hex(BACKGROUND)}"/>
  <path d="M${a[0]} ${a[1]}L${b[0]} ${b[1]}L${c[0]} ${c[1]}Z" fill="none" stroke="${hex(FOREGROUND)}" stroke-width="${LINK_WIDTH}" stroke-linejoin="round"/>
${NODES.map(([x, y]) => `  <circle cx="${x}" cy="${y}" r="${NODE_RADIUS}" fill="${hex(FOREGROUND)}"/>`).join('\n')}
</svg>
`;
}

const dir = fileURLToPath(new URL('../build/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}icon.png`, encodePng(render(), SIZE, SIZE));
writeFileSync(`${dir}icon.svg`, svg());
console.log('wrote build/icon.png and build/icon.svg');
