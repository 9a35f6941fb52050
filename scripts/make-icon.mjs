// Draws resources/icon.png (512×512): a teal rounded square with a white K, from which
// electron-builder makes the .ico, .icns and Linux icons. Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4 // per axis, for smooth edges
const TEAL = [15, 92, 77]
const WHITE = [255, 255, 255]

function insideRoundedSquare(x, y) {
  const [lo, hi, r] = [32, 480, 96]
  const cx = Math.min(Math.max(x, lo + r), hi - r)
  const cy = Math.min(Math.max(y, lo + r), hi - r)
  return x >= lo && x <= hi && y >= lo && y <= hi && (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const [dx, dy] = [bx - ax, by - ay]
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth
}

function insideK(x, y) {
  if (x >= 150 && x <= 208 && y >= 118 && y <= 394) return true
  return nearSegment(x, y, [200, 272], [352, 132], 30) || nearSegment(x, y, [236, 236], [362, 380], 30)
}

const rows = []
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4) // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    let [square, glyph] = [0, 0]
    for (let sy = 0; sy < SAMPLES; sy++)
      for (let sx = 0; sx < SAMPLES; sx++) {
        const [px, py] = [x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES]
        if (insideRoundedSquare(px, py)) {
          square++
          if (insideK(px, py)) glyph++
        }
      }
    const n = SAMPLES * SAMPLES
    const mix = square ? glyph / square : 0
    const rgb = TEAL.map((c, i) => Math.round(c + (WHITE[i] - c) * mix))
    row.set([...rgb, Math.round((255 * square) / n)], 1 + x * 4)
  }
  rows.push(row)
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icon.png')
writeFileSync(out, png)
console.log(`wrote ${out} (${SIZE}×${SIZE}, ${png.length} bytes)`)
