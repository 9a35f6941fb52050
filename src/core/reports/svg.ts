// Charts as inline SVG, drawn here so a report file needs no script, font or network. No xmlns:
// inline <svg> in HTML does not need one, and the file then holds no URL at all.
import type { DocChart } from './doc'
import type { ReportLocale } from './params'

const W = 720
const H = 260
const M = { left: 78, right: 12, top: 28, bottom: 34 }

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

/** A "nice" axis maximum and step (1, 2, 2.5 or 5 × 10ⁿ) giving about four gridlines. */
export function niceScale(max: number): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.25 }
  const raw = max / 4
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!
  return { max: Math.ceil(max / step) * step, step }
}

export function chartSvg(chart: DocChart, locale: ReportLocale): string {
  const n = chart.labels.length
  const stacked = chart.type === 'bars'
  const top = stacked
    ? Math.max(0, ...chart.labels.map((_, i) => chart.series.reduce((s, x) => s + Math.max(0, x.values[i] ?? 0), 0)))
    : Math.max(0, ...chart.series.flatMap((s) => s.values))
  const scale = niceScale(top)
  const plotW = W - M.left - M.right
  const plotH = H - M.top - M.bottom
  const y = (v: number) => M.top + plotH - (v / scale.max) * plotH
  const slot = plotW / Math.max(1, n)
  const x = (i: number) => M.left + slot * i + slot / 2
  const axis = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
  const parts: string[] = []

  for (let v = 0; v <= scale.max + scale.step / 2; v += scale.step) {
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e3e6ea" stroke-width="1"/>`
    )
    parts.push(
      `<text x="${M.left - 6}" y="${(y(v) + 3.5).toFixed(1)}" text-anchor="end" class="axis">${escapeXml(axis.format(v))}</text>`
    )
  }
  if (chart.currency)
    parts.push(`<text x="${M.left - 6}" y="${M.top - 14}" text-anchor="end" class="axis">${escapeXml(chart.currency)}</text>`)

  if (stacked) {
    const barW = Math.max(1, Math.min(36, slot * 0.7))
    chart.labels.forEach((_, i) => {
      let base = 0
      for (const s of chart.series) {
        const v = Math.max(0, s.values[i] ?? 0)
        if (v > 0) {
          const y0 = y(base)
          const y1 = y(base + v)
          parts.push(
            `<rect x="${(x(i) - barW / 2).toFixed(1)}" y="${y1.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, y0 - y1).toFixed(1)}" fill="${s.color}"/>`
          )
        }
        base += v
      }
    })
  } else {
    for (const s of chart.series) {
      const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.join(' ')}"/>`)
      if (n <= 40)
        s.values.forEach((v, i) =>
          parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="${s.color}"/>`)
        )
    }
  }

  const every = Math.ceil(n / 12)
  const maxChars = Math.max(4, Math.floor((slot * every) / 5.6))
  chart.labels.forEach((full, i) => {
    if (i % every !== 0) return
    const label = full.length > maxChars ? full.slice(0, maxChars - 1) + '…' : full
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${H - M.bottom + 14}" text-anchor="middle" class="axis">${escapeXml(label)}</text>`
    )
  })
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${y(0)}" y2="${y(0)}" stroke="#9aa3ad" stroke-width="1"/>`)

  let lx = M.left
  for (const s of chart.series) {
    parts.push(`<rect x="${lx}" y="6" width="10" height="10" fill="${s.color}"/>`)
    parts.push(`<text x="${lx + 14}" y="15" class="legend">${escapeXml(s.name)}</text>`)
    lx += 24 + s.name.length * 6.5
  }

  return (
    `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(chart.title)}">` +
    `<title>${escapeXml(chart.title)}</title>` +
    parts.join('') +
    '</svg>'
  )
}
