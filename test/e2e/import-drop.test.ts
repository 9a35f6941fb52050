// Dropping files on the Import screen: a real `drop` event carrying File objects reaches the renderer, which
// hands them to the bridge and asks core for their paths (`import.dropped`). Chromium gives a synthetic
// drop's files no path, so the harness stands in for main with the paths a test queued (app.queueDrop).
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp, type AppHandle } from './harness'

const FIXTURES = join(import.meta.dirname, '../fixtures/import')

/** Fires dragenter, dragover (and drop unless told not to) on the drop zone with File objects named like these. */
function dragScript(names: string[], drop: boolean): string {
  return `(() => {
    const zone = document.querySelector('[data-testid=import-drop]')
    const data = new DataTransfer()
    for (const name of ${JSON.stringify(names)}) data.items.add(new File(['content is irrelevant'], name, { type: 'text/csv' }))
    const fire = (type) => zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }))
    fire('dragenter')
    fire('dragover')
    if (${drop}) fire('drop')
  })()`
}

describe('dropping files on the import screen', () => {
  let app: AppHandle

  beforeAll(async () => {
    app = await openApp({ hash: '#/import' })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('shows the drag-over state, then previews both dropped files and imports them', async () => {
    const { page } = app
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    const zone = page.getByTestId('import-drop')
    await page.evaluate(dragScript(['dk-latin1.csv', 'se-bom.csv'], false))
    await expect.poll(async () => zone.getAttribute('class')).toContain('over')
    await app.screenshot('import-drop-01-over')

    app.queueDrop([join(FIXTURES, 'dk-latin1.csv'), join(FIXTURES, 'se-bom.csv')])
    await page.evaluate(dragScript(['dk-latin1.csv', 'se-bom.csv'], true))
    await page.getByTestId('import-file-dk-latin1.csv').getByTestId('import-preview').waitFor()
    await page.getByTestId('import-file-se-bom.csv').getByTestId('import-preview').waitFor()
    expect(app.drops).toEqual([['dk-latin1.csv', 'se-bom.csv']])
    expect(await zone.getAttribute('class')).not.toContain('over')
    expect(await page.getByTestId('import-file-se-bom.csv').getByTestId('import-encoding').inputValue()).toBe('utf-8-bom')
    await app.screenshot('import-drop-02-previews')

    expect(await page.getByTestId('import-commit').textContent()).toBe('Import 2 files')
    await page.getByTestId('import-commit').click()
    await expect.poll(async () => page.getByTestId('import-summary-item').count(), { timeout: 60_000 }).toBe(2)
    // The summary lists the newest result first; look each file up by name.
    const item = (file: string) => page.getByTestId('import-summary-item').filter({ hasText: file })
    expect(await item('dk-latin1.csv').textContent()).toContain('8 rows: 6 imported, 0 duplicates, 2 rejected')
    expect(await item('se-bom.csv').textContent()).toContain('4 rows: 4 imported, 0 duplicates, 0 rejected')
    expect(app.ctx.db.prepare('SELECT COUNT(*) AS n FROM transactions').get()).toEqual({ n: 10 })
    await app.screenshot('import-drop-03-summary')
    app.assertNoErrors()
  })

  it('says so when a drop brings no file it can read, and previews nothing', async () => {
    const { page } = app
    const before = await page.locator('[data-testid^=import-file-]').count()
    await page.evaluate(dragScript(['made-in-script.csv'], true))
    await page.getByTestId('import-drop-note').waitFor()
    expect(await page.getByTestId('import-drop-note').textContent()).toContain('Nothing to import in what was dropped')
    expect(app.drops.at(-1)).toEqual(['made-in-script.csv'])
    expect(await page.locator('[data-testid^=import-file-]').count()).toBe(before)
    expect(await app.call('import.dropped', {})).toEqual([])
  })
})
