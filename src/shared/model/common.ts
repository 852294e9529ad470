// Field schemas shared by every record kind: ids, revisions, partial dates, source citations.
// A partial date keeps only the precision the source gives: never invent a month or a day.
import { z } from 'zod'
import { PARTIAL_DATE_RE } from '../dates/partial-date'
import { LOCAL_SOURCE_ID } from './local-source'

export const idSchema = z
  .string()
  .min(1, '不能为空 / must not be empty')
  .max(120, '过长 / too long (max 120)')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, '只能含小写字母、数字、点、横线 / only a-z, 0-9, ".", "_" and "-"')

export const revSchema = z.number().int('须为整数 / must be an integer').min(1, '至少为 1 / at least 1')

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY+` ("in YYYY or later", as in 2023年以来). */
export { PARTIAL_DATE_RE }

export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_RE, '日期格式应为 YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY+ / expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY+')
  .refine((s) => isRealDay(s), '日期不存在 / no such day')

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const digit = (s: string, i: number) => s.charCodeAt(i) - 48

/**
 * False only for a `YYYY-MM-DD` naming a day the calendar lacks (2023-02-30, 2023-04-31,
 * 2023-02-29); anything else is left to the pattern. Reads the digits in place: an import runs
 * it on every date of every record.
 */
export function isRealDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return true
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (digit(s, i) < 0 || digit(s, i) > 9) return true
  const month = digit(s, 5) * 10 + digit(s, 6)
  const day = digit(s, 8) * 10 + digit(s, 9)
  if (month < 1 || month > 12 || day < 1) return true
  if (day > DAYS_IN_MONTH[month - 1]!) return false
  if (month !== 2 || day !== 29) return true
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export const textSchema = (max: number) => z.string().max(max, `过长 / too long (max ${max})`)
export const nonEmptyText = (max: number) =>
  z.string().trim().min(1, '不能为空 / must not be empty').max(max, `过长 / too long (max ${max})`)

/** A link an analyst may open: http(s) only, never javascript:, data: or file:. */
export const httpUrlSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s)
      return u.protocol === 'http:' || u.protocol === 'https:'
    } catch {
      return false
    }
  }, '只允许 http(s) 链接 / only http(s) links')

export { LOCAL_SOURCE_ID }

/**
 * Id, revision and sources of a record saved from a form: a new record cites the analyst
 * (LOCAL_SOURCE_ID); an edited one keeps its sources and takes the next revision.
 */
export function formRecordBase(base: { id: string; existing?: { rev: number; sources: SourceRef[] } }): { id: string; rev: number; sources: SourceRef[] } {
  return { id: base.id, rev: base.existing ? base.existing.rev + 1 : 1, sources: base.existing?.sources ?? [{ sourceId: LOCAL_SOURCE_ID }] }
}

export const sourceRefSchema = z.strictObject({
  sourceId: idSchema,
  chapter: textSchema(200).optional(),
})
export type SourceRef = z.infer<typeof sourceRefSchema>

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText(300),
  publisher: textSchema(200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  note: textSchema(2000).optional(),
})
export type Source = z.infer<typeof sourceSchema>

/** Fields every shipped record carries. */
export const baseRecord = {
  id: idSchema,
  rev: revSchema,
  sources: z.array(sourceRefSchema).min(1, '每条记录须注明出处 / every record cites a source').max(20),
}
