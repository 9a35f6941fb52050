import { describe, expect, it } from 'vitest'
import { ownPageCheck } from '../../../src/main/sender'

describe('IPC sender check', () => {
  const index = 'app://kassa/index.html'

  it('accepts our bundled page on any hash route', () => {
    const isOwn = ownPageCheck(index)
    expect(isOwn(index)).toBe(true)
    expect(isOwn(`${index}#/dashboard`)).toBe(true)
    expect(isOwn(`${index}#/merchants/12`)).toBe(true)
  })

  it('refuses other files, remote pages, queries and garbage', () => {
    const isOwn = ownPageCheck(index)
    expect(isOwn('app://kassa/other.html')).toBe(false)
    expect(isOwn('app://other/index.html')).toBe(false)
    expect(isOwn('file:///opt/Kassa/resources/app.asar/out/renderer/index.html')).toBe(false)
    expect(isOwn('file:///tmp/index.html')).toBe(false)
    expect(isOwn(`${index}?x=1`)).toBe(false)
    expect(isOwn('https://example.com/index.html')).toBe(false)
    expect(isOwn('about:blank')).toBe(false)
    expect(isOwn('')).toBe(false)
    expect(isOwn('not a url')).toBe(false)
  })

  it('accepts the dev server only when one is configured, by exact origin', () => {
    const dev = ownPageCheck(index, 'http://localhost:5173/')
    expect(dev('http://localhost:5173/#/settings')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('http://localhost:5173.evil.example/')).toBe(false)
    expect(ownPageCheck(index)('http://localhost:5173/')).toBe(false)
  })
})
