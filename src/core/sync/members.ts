import { UserError } from '../errors'
import { inTransaction, type Server } from './server'

export interface Member {
  role: string
  kind: 'rep' | 'manager' | 'admin'
  /** A rep's countries. */
  countries?: string[]
  /** A manager's merchant group. */
  merchantGroup?: string
  password?: string
}

/**
 * Makes `role` a member of the team store (run by the database owner): a PostgreSQL login role in kassa_member,
 * and the row the row-level security policies read to decide what it sees.
 */
export async function addMember(client: Server, member: Member): Promise<void> {
  if (!/^[a-z_][a-z0-9_.-]{0,62}$/i.test(member.role))
    throw new UserError('sync_bad_member', `"${member.role}" cannot be a role name`)
  const role = client.escapeIdentifier(member.role)
  await inTransaction(
    client,
    async () => {
      const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [member.role])).rowCount
      if (!exists) await client.query(`CREATE ROLE ${role} LOGIN`)
      if (member.password) await client.query(`ALTER ROLE ${role} PASSWORD ${client.escapeLiteral(member.password)}`)
      await client.query(`GRANT kassa_member TO ${role}`)
      await client.query(
        `INSERT INTO kassa.members (role_name, kind, countries, merchant_group) VALUES ($1, $2, $3, $4)
         ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, countries = excluded.countries, merchant_group = excluded.merchant_group`,
        [member.role, member.kind, member.countries ?? [], member.merchantGroup ?? null]
      )
    },
    false
  )
}

/** Puts a merchant in a merchant group (what a manager sees). */
export async function setMerchantGroup(client: Server, merchantGid: string, group: string | null): Promise<void> {
  await client.query('UPDATE kassa.merchants SET merchant_group = $2 WHERE gid = $1', [merchantGid, group])
}
