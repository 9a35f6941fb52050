import { createContext } from '../../src/core/context'
import type { Db } from '../../src/core/db/open'

/**
 * A fresh store at `dbPath` holding the merchants, stores and batches of the store an import wrote (`imported`,
 * attached as `imported`), so its rows can be stored again by other means and the costs compared.
 */
export function floorStore(imported: string, dbPath: string): Db {
  const { db } = createContext({ dbPath })
  db.prepare('ATTACH ? AS imported').run(imported)
  db.exec(`INSERT INTO main.merchants SELECT * FROM imported.merchants;
           INSERT INTO main.stores SELECT * FROM imported.stores;
           INSERT INTO main.import_batches SELECT * FROM imported.import_batches`)
  return db
}
