export const SEGMENTS = ['alipay', 'card', 'card_domestic', 'card_cn', 'card_foreign', 'chinese_customers'] as const
export type Segment = (typeof SEGMENTS)[number]

/** Which segments a rollup cell (method, origin) counts towards. */
export function segmentsOf(method: string, origin: string): Segment[] {
  if (method === 'alipay') return ['alipay', 'chinese_customers']
  if (method !== 'card') return []
  switch (origin) {
    case 'domestic':
      return ['card', 'card_domestic']
    case 'cn':
      return ['card', 'card_cn', 'chinese_customers']
    case 'foreign':
      return ['card', 'card_foreign']
    default:
      return ['card']
  }
}
