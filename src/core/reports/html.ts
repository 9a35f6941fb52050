// Self-contained report HTML: one file, inline CSS and SVG, no script, no URL; A4 print rules with
// the scope and period in every page's header and "page / pages" in the footer (CSS margin boxes).
import { formatCell, isNumeric } from './cells'
import type { CellKind, DocTable, ReportDoc } from './doc'
import { formatter } from './format'
import { translator } from './i18n'
import { chartSvg, escapeXml as esc } from './svg'

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** CSS string literal for content: in @page margin boxes. */
function cssString(text: string): string {
  return (
    '"' +
    text
      .replace(/[\\"]/g, '\\$&')
      .replace(/[\n\r]/g, ' ')
      .replace(/</g, '\\3C ') +
    '"'
  )
}

const cellClass = (kind: CellKind) => (isNumeric(kind) ? 'num' : kind === 'day' || kind === 'month' ? 'date' : '')

function table(doc: ReportDoc, t: DocTable): string {
  const f = formatter(doc.locale)
  const none = translator(doc.locale)('none')
  const head = t.columns.map((c) => `<th class="${isNumeric(c.kind) ? 'num' : ''}">${esc(c.label)}</th>`).join('')
  const row = (cells: ReportDoc['kpis'][number]['value'][], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}>` +
    cells
      .map(
        (v, i) =>
          `<td class="${cellClass(t.columns[i].kind)}">${esc(formatCell(f, v, t.columns[i].kind, t.columns[i].currency))}</td>`
      )
      .join('') +
    '</tr>'
  const body = t.rows.length
    ? t.rows.map((r) => row(r)).join('')
    : `<tr><td colspan="${t.columns.length}" class="empty">${esc(none)}</td></tr>`
  return (
    `<section class="block" data-table="${esc(t.id)}"><h2>${esc(t.title)}</h2>` +
    `<table class="${t.columns.length > 7 ? 'wide' : ''}"><thead><tr>${head}</tr></thead><tbody>${body}${t.total ? row(t.total, 'total') : ''}</tbody></table>` +
    (t.note ? `<p class="note">${esc(t.note)}</p>` : '') +
    '</section>'
  )
}

export function renderHtml(doc: ReportDoc): string {
  const f = formatter(doc.locale)
  const t = translator(doc.locale)
  const kpis = doc.kpis
    .map(
      (k) =>
        `<div class="kpi"><div class="label">${esc(k.label)}</div><div class="value">${esc(formatCell(f, k.value, k.kind, k.currency))}</div></div>`
    )
    .join('')
  const blocks = doc.blocks
    .map((b) => {
      if (b.kind === 'table') return table(doc, b.table)
      if (b.kind === 'chart')
        return `<section class="block chart" data-chart="${esc(b.chart.id)}"><h2>${esc(b.chart.title)}</h2>${chartSvg(b.chart, doc.locale)}</section>`
      return `<p class="note">${esc(b.text)}</p>`
    })
    .join('\n')
  const running = `Kassa · ${doc.title} · ${doc.scope} · ${doc.period}`
  return `<!doctype html>
<html lang="${doc.locale === 'zh' ? 'zh-CN' : doc.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${doc.title} – ${doc.scope} – ${doc.period}`)}</title>
<style>
@page { size: A4; margin: 18mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(running)}; font: 8pt system-ui, sans-serif; color: #666; }
  @bottom-right { content: ${cssString(t('meta.page') + ' ')} counter(page) " / " counter(pages); font: 8pt system-ui, sans-serif; color: #666; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #1f2329; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
header { border-bottom: 2px solid #1677ff; padding-bottom: 6px; margin-bottom: 12px; }
header .brand { font-size: 9pt; color: #1677ff; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; }
h1 { font-size: 17pt; margin: 2px 0 4px; }
header .scope { font-size: 12pt; font-weight: 600; }
header dl { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 4px 0 0; font-size: 9pt; color: #555; }
header dt { display: inline; font-weight: 600; } header dd { display: inline; margin: 0 0 0 4px; }
.kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 10px 0 14px; }
.kpi { border: 1px solid #dfe3e8; border-radius: 4px; padding: 6px 8px; break-inside: avoid; }
.kpi .label { font-size: 8pt; color: #5c6670; } .kpi .value { font-size: 12pt; font-weight: 600; white-space: nowrap; }
h2 { font-size: 11.5pt; margin: 14px 0 4px; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
thead { display: table-header-group; }
th { text-align: left; border-bottom: 1.5px solid #1f2329; padding: 3px 4px; vertical-align: bottom; }
td { border-bottom: 1px solid #e3e6ea; padding: 2.5px 4px; }
tr { break-inside: avoid; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { white-space: normal; }
td.date { white-space: nowrap; }
table.wide { font-size: 7.5pt; }
tr.total td { font-weight: 700; border-top: 1.5px solid #1f2329; }
td.empty { color: #888; font-style: italic; }
.chart { break-inside: avoid; }
.chart svg { display: block; max-height: 70mm; }
.chart .axis { font: 9px system-ui, sans-serif; fill: #5c6670; } .chart .legend { font: 10px system-ui, sans-serif; fill: #1f2329; }
.note { font-size: 8pt; color: #5c6670; margin: 4px 0; }
@media screen { body { padding: 16px; } }
@media print { body { padding: 0; max-width: none; } }
</style>
</head>
<body data-report="${esc(doc.type)}">
<header>
<div class="brand">Kassa</div>
<h1>${esc(doc.title)}</h1>
<div class="scope">${esc(doc.scope)}</div>
<dl><div><dt>${esc(t('meta.period'))}</dt><dd>${esc(doc.period)}</dd></div>${doc.type === 'pipeline' ? '' : `<div><dt>${esc(t('meta.currency'))}</dt><dd>${esc(doc.currency)}</dd></div>`}<div><dt>${esc(t('meta.generated'))}</dt><dd>${esc(doc.generated)}</dd></div></dl>
</header>
<section class="kpis">${kpis}</section>
${blocks}
</body>
</html>
`
}
