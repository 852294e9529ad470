// Rows that hold bytes as Blobs (attachments) cannot go into JSON as they are: in a backup a
// Blob field is written as { base64, type } and becomes a Blob again on restore. Reading the
// bytes is async, so it happens after the read transaction, never inside one.
import type { Rows } from '@shared/backup/format'
import { base64ToBytes, bytesToBase64 } from '@shared/bundle/base64'

/** Table → the field that holds a Blob. */
export const BLOB_FIELDS: Readonly<Record<string, string>> = { attachments: 'data' }

interface EncodedBlob {
  base64: string
  type: string
}
const isEncoded = (v: unknown): v is EncodedBlob =>
  typeof v === 'object' && v !== null && typeof (v as EncodedBlob).base64 === 'string' && typeof (v as EncodedBlob).type === 'string'

/** A table's rows as a backup holds them (rows already encoded are kept as they are). */
export async function encodeBlobRows(table: string, rows: Rows): Promise<Rows> {
  const field = BLOB_FIELDS[table]
  if (!field) return rows
  return Promise.all(
    rows.map(async (row) => {
      const v = row[field]
      if (!(v instanceof Blob)) return row
      return { ...row, [field]: { base64: bytesToBase64(new Uint8Array(await v.arrayBuffer())), type: v.type } }
    }),
  )
}

/** A table's rows from a backup, with their Blobs back; a row whose bytes are unreadable is refused by key. */
export function decodeBlobRows(table: string, rows: Rows, key: string): Rows {
  const field = BLOB_FIELDS[table]
  if (!field) return rows
  return rows.map((row) => {
    const v = row[field]
    const bytes = isEncoded(v) ? base64ToBytes(v.base64) : null
    if (!isEncoded(v) || !bytes) throw new Error(`${table} ${String(row[key])}: 文件内容无法读取 / the file's bytes are unreadable`)
    return { ...row, [field]: new Blob([bytes], { type: v.type }) }
  })
}
