// One colour per segment on every chart, plus a point shape and a dash so no series depends on colour alone.
export const SEGMENT_KEYS = ['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'] as const
export type SegmentKey = (typeof SEGMENT_KEYS)[number]

export const SEGMENT_STYLE: Record<
  SegmentKey,
  { color: string; point: 'circle' | 'rectRot' | 'triangle' | 'rect' | 'star' | 'crossRot'; dash: number[] }
> = {
  alipay: { color: '#1677ff', point: 'circle', dash: [] },
  card: { color: '#b45309', point: 'rectRot', dash: [6, 4] },
  card_domestic: { color: '#15803d', point: 'triangle', dash: [2, 3] },
  card_cn: { color: '#c81e1e', point: 'rect', dash: [10, 3, 2, 3] },
  card_foreign: { color: '#7c3aed', point: 'crossRot', dash: [1, 5] },
  chinese_customers: { color: '#be185d', point: 'star', dash: [12, 6] }
}

const patterns = new Map<SegmentKey, CanvasPattern | string>()

/** Diagonal stripes for bars of a segment, so bars differ by pattern as well as colour. One per segment for every
 * chart: each is a canvas of its own to draw. */
export function segmentPattern(key: SegmentKey): CanvasPattern | string {
  let pattern = patterns.get(key)
  if (pattern === undefined) patterns.set(key, (pattern = drawPattern(key)))
  return pattern
}

function drawPattern(key: SegmentKey): CanvasPattern | string {
  const { color } = SEGMENT_STYLE[key]
  if (typeof document === 'undefined') return color
  const size = 8
  const canvas = document.createElement('canvas')
  canvas.width = size
  canvas.height = size
  const c = canvas.getContext('2d')
  if (!c) return color
  c.fillStyle = color
  c.globalAlpha = 0.85
  c.fillRect(0, 0, size, size)
  const index = SEGMENT_KEYS.indexOf(key)
  if (index > 0) {
    c.globalAlpha = 1
    c.strokeStyle = '#ffffff'
    c.lineWidth = 1.5
    c.beginPath()
    if (index % 2) {
      c.moveTo(0, size)
      c.lineTo(size, 0)
    } else {
      c.moveTo(0, 0)
      c.lineTo(size, size)
    }
    if (index > 2) {
      c.moveTo(size / 2, 0)
      c.lineTo(size / 2, size)
    }
    c.stroke()
  }
  return c.createPattern(canvas, 'repeat') ?? color
}
