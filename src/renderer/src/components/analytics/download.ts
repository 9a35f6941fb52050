// Saves chart images and data through the browser's download (Electron asks where to save).
import { csvLine } from '../../../../shared/csv'

export function download(fileName: string, href: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** RFC 4180 CSV with a BOM so spreadsheet programs read æøå correctly; no name runs as a formula (csvLine). */
export function toCsv(rows: (string | number | null)[][]): string {
  return '\uFEFF' + rows.map((r) => csvLine(r)).join('\r\n') + '\r\n'
}

export function downloadCsv(fileName: string, rows: (string | number | null)[][]): void {
  const url = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }))
  download(fileName, url)
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
