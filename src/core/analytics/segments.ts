export const SEGMENTS = ['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'] as const
export type Segment = (typeof SEGMENTS)[number]

// Shared, never mutated: every cube row of every dashboard asks for its segments.
const ALIPAY: readonly Segment[] = ['alipay', 'chinese_customers']
const CARD_DOMESTIC: readonly Segment[] = ['card', 'card_domestic']
const CARD_CN: readonly Segment[] = ['card', 'card_cn', 'chinese_customers']
const CARD_FOREIGN: readonly Segment[] = ['card', 'card_foreign']
const CARD_OTHER: readonly Segment[] = ['card']
const NONE: readonly Segment[] = []

/** Which segments a rollup cell (method, origin) counts towards. */
export function segmentsOf(method: string, origin: string): readonly Segment[] {
  if (method === 'alipay') return ALIPAY
  if (method !== 'card') return NONE
  switch (origin) {
    case 'domestic':
      return CARD_DOMESTIC
    case 'cn':
      return CARD_CN
    case 'foreign':
      return CARD_FOREIGN
    default:
      return CARD_OTHER
  }
}
