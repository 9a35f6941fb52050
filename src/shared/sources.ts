/** The payment file formats Kassa reads; each is also the `source` stored on the transactions a file brings. */
export const FORMATS = ['csv', 'alipay', 'antom', 'vipps', 'adyen'] as const
export type FormatId = (typeof FORMATS)[number]

/** Every value of `transactions.source`: a file format, or the demo generator. */
export const SOURCES = [...FORMATS, 'demo'] as const
export type SourceId = (typeof SOURCES)[number]
