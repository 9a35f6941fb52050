import { createWriteStream } from 'node:fs'

export const HEADER = 'Transaction ID;Date;Time;Merchant;Store;Terminal;Amount;Currency;Method;Card country'
const METHODS = ['Visa', 'Mastercard', 'UnionPay', 'Alipay', 'Kort']
const COUNTRIES = ['NO', 'CN', 'DE', 'SE', '']
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** A Norwegian terminal export: semicolons, decimal comma, dd.mm.yyyy, chronological, ~70 bytes a row. */
export async function writeTerminalCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path)
  out.write(HEADER + '\n')
  for (let i = 0; i < rows; i += 2000) {
    let chunk = ''
    for (let j = i; j < Math.min(rows, i + 2000); j++) {
      // Chronological, like a real export: one sale every 30 s from 1 April 2018 (Oslo wall time).
      const t = new Date(Date.UTC(2018, 3, 1, 8) + j * 30_000)
      const date = `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()}`
      const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`
      chunk +=
        `T${pad(j, 9)};${date};${time};Butikk ${j % 50};Avd ${j % 3};T-${j % 20};` +
        `${(j * 37) % 9000},${pad(j % 100)};NOK;${METHODS[j % 5]};${COUNTRIES[j % 5]}\n`
    }
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((r) => out.end(() => r()))
  return rows
}
