// Remembered column mappings of spreadsheet imports, in the `meta` table under
// `sheet-mapping:<signature>` (the sorted normalised headers), so the same layout of sheet is
// mapped the same way next time. What is read back is validated: meta rows are not trusted.
import { z } from 'zod'
import { SHEET_FIELDS, headerSignature, normaliseHeader, type SheetField, type SheetMapping } from '@shared/spreadsheet/headers'
import type { PolicyDeskDb } from './db'

const PREFIX = 'sheet-mapping:'
const storedSchema = z.strictObject({
  version: z.literal(1),
  columns: z.array(z.tuple([z.string().max(500), z.enum(SHEET_FIELDS).nullable()])).max(16_384),
})

export function mappingKey(headers: readonly string[]): string {
  return PREFIX + headerSignature(headers)
}

/** The mapping saved for this set of headers, in the order of these columns; null if none. */
export async function loadMapping(db: PolicyDeskDb, headers: readonly string[]): Promise<SheetMapping | null> {
  const row = await db.meta.get(mappingKey(headers))
  const parsed = storedSchema.safeParse(row?.value)
  if (!parsed.success) return null
  const byHeader = new Map<string, SheetField | null>(parsed.data.columns)
  const used = new Set<SheetField>()
  return headers.map((h) => {
    const f = byHeader.get(normaliseHeader(h)) ?? null
    if (!f || used.has(f)) return null
    used.add(f)
    return f
  })
}

export async function saveMapping(db: PolicyDeskDb, headers: readonly string[], mapping: SheetMapping): Promise<void> {
  const columns = headers.map((h, i) => [normaliseHeader(h), mapping[i] ?? null] as [string, SheetField | null])
  await db.meta.put({ key: mappingKey(headers), value: { version: 1, columns } })
}
