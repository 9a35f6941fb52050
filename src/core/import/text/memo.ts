/**
 * Results of a pure parse keyed by the cell text. Import files repeat a few values (dates, times,
 * methods, countries) over millions of rows; the cap keeps a file of all-distinct values from
 * growing the map without bound.
 */
export class Memo<V> {
  private map = new Map<string, V>()

  constructor(
    private readonly compute: (text: string) => V,
    private readonly cap = 4096
  ) {}

  get(text: string): V {
    let value = this.map.get(text)
    if (value === undefined && !this.map.has(text)) {
      value = this.compute(text)
      if (this.map.size >= this.cap) this.map.clear()
      this.map.set(text, value)
    }
    return value as V
  }
}
