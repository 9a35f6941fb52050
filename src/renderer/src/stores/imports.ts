// The Import screen's state: files being previewed, the running import's progress, results, history, profiles.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useAppStore } from './app'
import { ApiError, call, dropFiles, errorMessage, on, type RouteInput, type RouteOutput } from '../api'

export type Preview = RouteOutput<'import.preview'>
export type ImportResult = RouteOutput<'import.commit'>
export type Choices = Omit<RouteInput<'import.preview'>, 'path' | 'limit'>

export interface PendingFile {
  path: string
  name: string
  choices: Choices
  preview: Preview | null
  error: string | null
  loading: boolean
  includeDuplicates: number[]
  saveProfileAs: string
  result: ImportResult | null
}

export interface Progress {
  jobId: string
  file: string
  rows: number
  bytes: number
  total: number
  phase: 'rows' | 'totals'
  startedAt: number
  now: number
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path

/** A previewed file the import would refuse: it asks something the user has not answered. */
export const awaitsAnswer = (file: PendingFile) => (file.preview?.questions.length ?? 0) > 0 && !file.choices.acceptDefaults

/** Previewed files that can be imported as they are. */
export const readyFiles = (files: PendingFile[]) => files.filter((f) => f.preview && !awaitsAnswer(f))

export const useImportsStore = defineStore('imports', () => {
  const files = ref<PendingFile[]>([])
  const progress = ref<Progress | null>(null)
  const running = ref(false)
  const results = ref<(ImportResult | { file: string; error: string })[]>([])
  const history = ref<RouteOutput<'import.history'>>([])
  const profiles = ref<RouteOutput<'import.profiles.list'>>([])
  const merchants = ref<RouteOutput<'merchants.list'>>([])
  const rejects = ref<{ batchId: number; file: string; rows: RouteOutput<'import.rejects'> } | null>(null)
  const error = ref<string | null>(null)
  let nextJob = 1

  on<{ jobId: string; rows: number; bytes: number; total: number; phase: 'rows' | 'totals' }>('import:progress', (p) => {
    if (progress.value && progress.value.jobId === p.jobId) progress.value = { ...progress.value, ...p, now: Date.now() }
  })

  async function guard<T>(fn: () => Promise<T>): Promise<T | undefined> {
    error.value = null
    try {
      return await fn()
    } catch (err) {
      error.value = errorMessage(err)
      return undefined
    }
  }

  async function loadLists() {
    await guard(async () => {
      ;[history.value, profiles.value, merchants.value] = await Promise.all([
        call('import.history', {}),
        call('import.profiles.list', {}),
        call('merchants.list', {})
      ])
    })
  }

  async function refreshPreview(file: PendingFile) {
    file.loading = true
    try {
      file.preview = await call('import.preview', { path: file.path, ...file.choices, limit: 30 })
      file.error = null
      // Keep what was detected as the editable starting point.
      const c = file.preview.choices
      file.choices = {
        ...file.choices,
        format: c.format,
        encoding: c.encoding,
        delimiter: c.delimiter,
        decimal: c.decimal,
        dateOrder: c.dateOrder,
        mapping: { ...c.mapping }
      }
    } catch (err) {
      // No known layout: open it as plain delimited text so the user can map the columns by hand.
      if (err instanceof ApiError && err.code === 'unknown_format' && !file.choices.format) {
        file.choices = { ...file.choices, format: 'csv' }
        await refreshPreview(file)
        file.error = errorMessage(err)
        return
      }
      file.preview = null
      file.error = errorMessage(err)
    } finally {
      file.loading = false
    }
  }

  async function addPaths(paths: string[]) {
    for (const path of paths) {
      if (files.value.some((f) => f.path === path)) continue
      files.value.push({
        path,
        name: baseName(path),
        choices: {},
        preview: null,
        error: null,
        loading: true,
        includeDuplicates: [],
        saveProfileAs: '',
        result: null
      })
      await refreshPreview(files.value[files.value.length - 1])
    }
  }

  async function pick() {
    const paths = await guard(() => call('import.pick', {}))
    if (paths?.length) await addPaths(paths)
  }

  /** Files dropped on the screen: main learns their paths, core hands them back; then as after the dialog. */
  async function drop(dropped: File[]) {
    const paths = await guard(async () => {
      await dropFiles(dropped)
      return call('import.dropped', {})
    })
    if (paths?.length) await addPaths(paths)
    return paths?.length ?? 0
  }

  async function change(file: PendingFile, patch: Partial<Choices>) {
    const before = { choices: file.choices, preview: file.preview }
    file.choices = { ...file.choices, ...patch }
    await refreshPreview(file)
    // A choice the file cannot be read with (a format it shows no sign of): its error stays on screen, and the
    // preview goes back to what it showed, so the choice can be changed again.
    if (!file.preview && before.preview) Object.assign(file, before)
  }

  function toggleInclude(file: PendingFile, line: number, include: boolean) {
    const lines = new Set(file.includeDuplicates)
    if (include) lines.add(line)
    else lines.delete(line)
    file.includeDuplicates = [...lines]
  }

  function setProfileName(file: PendingFile, name: string) {
    file.saveProfileAs = name
  }

  function remove(file: PendingFile) {
    files.value = files.value.filter((f) => f !== file)
  }

  async function commitOne(file: PendingFile) {
    const jobId = `ui-${Date.now()}-${nextJob++}`
    progress.value = {
      jobId,
      file: file.name,
      phase: 'rows',
      rows: 0,
      bytes: 0,
      total: file.preview?.size ?? 0,
      startedAt: Date.now(),
      now: Date.now()
    }
    try {
      const result = await call('import.commit', {
        path: file.path,
        ...file.choices,
        jobId,
        includeDuplicates: file.includeDuplicates,
        saveProfileAs: file.saveProfileAs.trim() || undefined
      })
      results.value.unshift(result)
      remove(file)
    } catch (err) {
      results.value.unshift({ file: file.name, error: errorMessage(err) })
    }
  }

  /** Imports every previewed file, one after another (each its own batch and transaction). */
  async function commitAll() {
    running.value = true
    try {
      for (const file of readyFiles(files.value)) await commitOne(file)
    } finally {
      running.value = false
      await loadLists()
      // An empty store is no longer empty: the dashboard must stop sending the user to the welcome screen.
      await useAppStore()
        .refresh()
        .catch(() => {})
    }
  }

  async function cancel() {
    if (progress.value) await guard(() => call('import.cancel', { jobId: (progress.value as Progress).jobId }))
  }

  async function undo(batchId: number) {
    await guard(() => call('import.undo', { batchId }))
    if (rejects.value?.batchId === batchId) rejects.value = null
    await loadLists()
    await useAppStore()
      .refresh()
      .catch(() => {})
  }

  async function showRejects(batchId: number, file: string) {
    const rows = await guard(() => call('import.rejects', { batchId, limit: 500 }))
    if (rows) rejects.value = { batchId, file, rows }
  }

  async function exportRejects(batchId: number) {
    return guard(() => call('import.exportRejects', { batchId }))
  }

  async function deleteProfile(name: string) {
    const list = await guard(() => call('import.profiles.delete', { name }))
    if (list) profiles.value = list
  }

  async function exportProfiles() {
    return guard(() => call('import.profiles.export', {}))
  }

  async function importProfiles() {
    await guard(() => call('import.profiles.import', {}))
    await loadLists()
  }

  return {
    files,
    progress,
    running,
    results,
    history,
    profiles,
    merchants,
    rejects,
    error,
    loadLists,
    addPaths,
    pick,
    drop,
    change,
    remove,
    toggleInclude,
    setProfileName,
    commitAll,
    cancel,
    undo,
    showRejects,
    exportRejects,
    deleteProfile,
    exportProfiles,
    importProfiles
  }
})
