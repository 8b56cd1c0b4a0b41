// Draws the add-in icon (a report sheet with a check mark) as PNGs at 16, 32, 64 and 80 px into assets/.
// Pure Node: a tiny PNG encoder over zlib, so no image tool is needed. Run: node scripts/make-icons.js
const { deflateSync } = require('zlib');
const { writeFileSync, mkdirSync } = require('fs');
const { join } = require('path');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const GREEN = [16, 124, 65, 255];
const WHITE = [255, 255, 255, 255];
const LINE = [200, 230, 212, 255];
const CLEAR = [0, 0, 0, 0];
function icon(x, y) {
  const inSheet = x > 0.08 && x < 0.92 && y > 0.08 && y < 0.92;
  if (!inSheet) return CLEAR;
  const onCheck = Math.abs(y - (0.55 + (x - 0.3) * 0.9)) < 0.07 && x > 0.26 && x < 0.45;
  const onCheck2 = Math.abs(y - (0.72 - (x - 0.45) * 1.0)) < 0.07 && x >= 0.43 && x < 0.78;
  if (onCheck || onCheck2) return WHITE;
  const gridLine = (Math.abs(y - 0.33) < 0.025 || Math.abs(x - 0.35) < 0.02) && y > 0.12;
  return gridLine ? LINE : GREEN;
}

const out = join(__dirname, '..', 'assets');
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(join(out, `icon-${size}.png`), png(size, icon));
