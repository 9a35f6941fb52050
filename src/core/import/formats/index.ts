import { adyenFormat } from './adyen'
import { alipayFormat } from './alipay'
import { antomFormat } from './antom'
import { csvFormat } from './csv'
import type { FormatId, FormatReader } from './types'
import { vippsFormat } from './vipps'

export const READERS: Record<FormatId, FormatReader> = {
  csv: csvFormat,
  alipay: alipayFormat,
  antom: antomFormat,
  vipps: vippsFormat,
  adyen: adyenFormat
}

/** The most likely format for a header, or undefined when none fits. */
export function detectFormat(header: string[], fileName: string, sample: string): FormatId | undefined {
  let best: FormatId | undefined
  let bestScore = 0
  for (const reader of Object.values(READERS)) {
    const score = reader.detect(header, fileName, sample)
    if (score > bestScore) {
      bestScore = score
      best = reader.id
    }
  }
  return best
}
