import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'

/** What a spreadsheet program would run: a text starting with = + - @, tab or CR that is not a plain number. */
export function runsAsFormula(cell: string): boolean {
  return /^\s*[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)
}

/** Every cell of a CSV file as a spreadsheet program reads it (BOM dropped, ragged rows allowed). */
export function csvCells(text: string, delimiter = ','): string[] {
  const rows = parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, bom: true }) as string[][]
  return rows.flat()
}

export const csvFormulas = (text: string, delimiter = ','): string[] => csvCells(text, delimiter).filter(runsAsFormula)

/** Every cell of a workbook, with its type, so a test can tell text from formulas. */
export async function xlsxCells(data: Buffer): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(data as unknown as ArrayBuffer)
  const cells: ExcelJS.Cell[] = []
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => void cells.push(cell)))
  return cells
}

export const HOSTILE_NAMES = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3+cmd|calc', '\t=1+1', '\r=1+1']
