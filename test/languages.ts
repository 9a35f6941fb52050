// Shared by the unit and browser language tests: what may read the same as English, and messages
// flattened to dotted keys.

/** Product names, file formats and proper nouns that every language writes as English does. */
export const SAME_AS_ENGLISH = new Set(['Kassa', 'Alipay', 'Antom / Alipay+', 'Finland', 'PDF', 'HTML', 'CSV', 'Excel (XLSX)'])

/** True when English text may legitimately appear as is: a name on the list, or no words at all ("{from} – {to}"). */
export function mayReadAsEnglish(text: string): boolean {
  return SAME_AS_ENGLISH.has(text) || !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))
}

type Tree = { [key: string]: string | Tree }

/** { a: { b: 'x' } } → Map { 'a.b' => 'x' }. */
export function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree as Tree)) {
    if (typeof value === 'string') out.set(prefix + key, value)
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v)
  }
  return out
}
