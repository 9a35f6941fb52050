import type { Encoding } from '../text/encoding'
import type { Delimiter } from '../text/delimiter'
import type { DecimalStyle } from '../text/numbers'
import type { DateOrder, WallTime, Zone } from '../text/dates'
import type { CsvRecord } from '../text/records'
import type { Mapping } from '../vocab/headers'
import type { Kind, Method, Status } from '../vocab/values'
import type { FormatId } from '../../../shared/sources'

export { FORMATS, type FormatId } from '../../../shared/sources'

/** Every choice the preview shows and the user may change. */
export interface Choices {
  format: FormatId
  encoding: Encoding
  delimiter: Delimiter
  decimal: DecimalStyle
  dateOrder: DateOrder
  /** Generic CSV only: field → column index. */
  mapping: Mapping
  /** Generic CSV only: rows without a payment method are booked as card (and counted in a note) instead of stopping the import. */
  acceptDefaults: boolean
}

/** One data row as understood from the file, before merchant and currency are resolved. */
export interface RowOut {
  externalId?: string
  when: WallTime
  /** A fixed zone the file's wall times are in (Alipay: Beijing); otherwise the merchant's country. */
  zone?: Zone
  merchantName?: string
  merchantCountry?: string
  /** A merchant name to use only when neither a column nor the user names one (Vipps sale unit…). */
  merchantFallback?: string
  store?: string
  terminal?: string
  /** Unset: taken from the sign of the amount. */
  kind?: Kind
  status: Status
  method: Method
  /** The file names no method for this row: `method` is the card fallback. */
  methodDefaulted?: boolean
  scheme?: string
  cardCountry?: string
  /** Signed decimal string ("-12.50"), or an integer of minor units when amountIsMinor. */
  amount: string
  amountIsMinor?: boolean
  currency?: string
  fee?: string
  /** Adyen/Alipay partner id found in the file name. */
  partnerId?: string
}

export type RowResult = { row: RowOut } | { reject: string } | { skip: string }

export interface RowReader {
  read(rec: CsvRecord): RowResult
  /** File-level remarks after the last record (e.g. a missing <END> line). */
  finish?(): string[]
}

export interface OpenOptions {
  choices: Choices
  fileName: string
}

export interface FormatReader {
  id: FormatId
  /** The first line is read as data too (sectioned files whose first line opens a section). */
  firstLineIsData?: boolean
  /** Why a file this format's detect() scores 0 cannot be read as this format, for a user who chose it. */
  mismatch: string
  /** How sure (0–1) this format is for a file whose first record is `header`. */
  detect(header: string[], fileName: string, sample: string): number
  /** The columns whose values drive decimal/date detection (indexes into header). */
  sampleColumns?(header: string[]): { amount: number[]; date: number[] }
  open(header: string[], options: OpenOptions): RowReader
}
