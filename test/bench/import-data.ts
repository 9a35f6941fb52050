import { createWriteStream } from 'node:fs'

export const HEADER = 'Transaction ID;Date;Time;Merchant;Store;Terminal;Amount;Currency;Method;Card country'
const METHODS = ['Visa', 'Mastercard', 'UnionPay', 'Alipay', 'Kort']
const COUNTRIES = ['NO', 'CN', 'DE', 'SE', '']
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** A Norwegian terminal export: semicolons, decimal comma, dd.mm.yyyy, ~70 bytes a row. */
export async function writeTerminalCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path)
  out.write(HEADER + '\n')
  for (let i = 0; i < rows; i += 2000) {
    let chunk = ''
    for (let j = i; j < Math.min(rows, i + 2000); j++) {
      const day = 1 + (j % 28)
      const month = 1 + (Math.floor(j / 28) % 12)
      chunk +=
        `T${pad(j, 9)};${pad(day)}.${pad(month)}.2018;${pad(8 + (j % 12))}:${pad(j % 60)}:${pad((j * 7) % 60)};` +
        `Butikk ${j % 50};Avd ${j % 3};T-${j % 20};${(j * 37) % 9000},${pad(j % 100)};NOK;${METHODS[j % 5]};${COUNTRIES[j % 5]}\n`
    }
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  return rows
}
