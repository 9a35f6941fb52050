// Opens a store the way the app's window does and prints what the window would be told, as JSON.
import { createContext } from '../../../../src/core/context'
import { invoke } from '../../../../src/core/api'
import { toApiError } from '../../../../src/core/api/invoke'

const [file, route = 'settings.save', input = '{"locale":"nb"}'] = process.argv.slice(2)
try {
  const ctx = createContext({ dbPath: file })
  process.stdout.write(JSON.stringify(await invoke(ctx, route, JSON.parse(input))))
  ctx.db.close()
} catch (err) {
  process.stdout.write(JSON.stringify({ ok: false, error: toApiError(err) }))
}
