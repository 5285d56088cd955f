// Draws the PolicyLens icon (a lens over a page) at each size as PNG, no dependencies:
// node assets/icons/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0); out.write(type, 4, 'ascii'); data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};

function pixel(x, y) {
  // Unit coordinates 0..1. Page: rounded rectangle; lens: ring at upper-left; handle: diagonal bar.
  const page = x > 0.12 && x < 0.78 && y > 0.06 && y < 0.94;
  const lines = page && x > 0.22 && x < 0.68 && [0.22, 0.34, 0.46].some((l) => Math.abs(y - l) < 0.03);
  const dx = x - 0.58, dy = y - 0.58, r = Math.hypot(dx, dy);
  const ring = r > 0.17 && r < 0.26;
  const glass = r <= 0.17;
  const t = (x - 0.72 + y - 0.72) / 2;
  const handle = t > 0 && t < 0.2 && Math.abs(x - y) < 0.09;
  if (ring || handle) return [0x1f, 0x3a, 0x93, 255];
  if (glass) return [0xc8, 0xe6, 0xff, 255];
  if (lines) return [0x8c, 0x95, 0x9f, 255];
  if (page) return [0xff, 0xff, 0xff, 255];
  return [0, 0, 0, 0];
}

for (const size of [16, 32, 48, 128]) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = pixel((x + 0.5) / size, (y + 0.5) / size);
      Buffer.from(px).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  writeFileSync(new URL(`./${size}.png`, import.meta.url), png);
}
