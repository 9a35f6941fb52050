// Issue 21: a function over the line limit is split into named steps; a new long function fails here.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findLongFunctions, keyOf, LINE_LIMIT, longFunctionsIn } from '../../../scripts/long-functions'

const root = join(import.meta.dirname, '..', '..', '..')
const body = (lines: number) => Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i}`).join('\n')

describe('long functions', () => {
  it('counts a function from its first line to its last, nested ones by their own name', () => {
    const text = `export function outer() {\n${body(LINE_LIMIT + 1)}\n  const inner = () => {\n${body(LINE_LIMIT + 1)}\n  }\n}\n`
    const found = longFunctionsIn('src/x.ts', text)
    expect(found.map((fn) => [fn.name, fn.line])).toEqual([
      ['outer', 1],
      ['outer.inner', LINE_LIMIT + 1]
    ])
    expect(longFunctionsIn('src/x.ts', `function short() {\n${body(LINE_LIMIT)}\n}\n`)).toEqual([])
  })

  it("reads a .vue file's script and keeps its line numbers", () => {
    const text = `<template>\n  <p />\n</template>\n<script setup lang="ts">\nfunction long() {\n${body(LINE_LIMIT + 1)}\n}\n</script>\n`
    expect(longFunctionsIn('src/x.vue', text).map((fn) => [fn.name, fn.line])).toEqual([['long', 5]])
  })

  it("measures a Pinia setup store's functions one by one, not the store's scope", () => {
    const inner = `  function long() {\n${body(LINE_LIMIT + 1)}\n  }`
    const text = `export const useX = defineStore('x', () => {\n${body(LINE_LIMIT)}\n${inner}\n})\n`
    expect(longFunctionsIn('src/x.ts', text).map((fn) => fn.name)).toEqual(['useX=defineStore(…).long'])
  })

  it('finds none under src', () => {
    expect(findLongFunctions(root).map(keyOf)).toEqual([])
  })
})
