// The feed index (`policy-desk-feed`, version 1): a JSON file listing update bundles, served by
// any static web server or kept on a shared drive. Format in docs/feed-format.md.
import { z } from 'zod'
import { idSchema, textSchema } from '../model/common'
import { toFieldErrors, type FieldError } from '../model/validate'

export const FEED_FORMAT = 'policy-desk-feed'
export const FEED_FORMAT_VERSION = 1
/** The largest index either side reads. */
export const MAX_FEED_INDEX_BYTES = 1024 * 1024
/** A folder feed's index file name when the address names the folder. */
export const FEED_INDEX_FILE = 'feed.json'

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, '须为 64 位小写十六进制 / must be 64 lowercase hex digits')

export const feedEntrySchema = z.strictObject({
  url: z.string().min(1, '不能为空 / must not be empty').max(2000, '过长 / too long (max 2000)'),
  sequence: z.number().int('须为整数 / must be an integer').min(1, '至少为 1 / at least 1'),
  createdAt: z.iso.datetime({ offset: true, message: '须为带时区的 ISO 时间 / must be an ISO date-time with offset' }),
  digest: hex64,
  title: textSchema(300).optional(),
  bytes: z.number().int().min(0).optional(),
})
export type FeedEntry = z.infer<typeof feedEntrySchema>

export const feedIndexSchema = z.strictObject({
  format: z.literal(FEED_FORMAT, { message: `须为 "${FEED_FORMAT}" / must be "${FEED_FORMAT}"` }),
  formatVersion: z.literal(FEED_FORMAT_VERSION, { message: '不支持的版本 / unsupported formatVersion (expected 1)' }),
  publisher: z.strictObject({ id: idSchema, name: textSchema(200) }),
  bundles: z.array(feedEntrySchema).max(10_000, '条目过多 / too many bundles (max 10000)'),
})
export type FeedIndex = z.infer<typeof feedIndexSchema>

export type FeedParse = { ok: true; index: FeedIndex } | { ok: false; errors: FieldError[] }

/** Parses and checks an index's text; errors name the JSON path and the reason. */
export function parseFeedIndex(text: string): FeedParse {
  if (text.length > MAX_FEED_INDEX_BYTES) {
    return { ok: false, errors: [{ path: '(file)', message: '索引过大 / index too large (max 1 MB)' }] }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return { ok: false, errors: [{ path: '(file)', message: `不是有效的 JSON / not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] }
  }
  const parsed = feedIndexSchema.safeParse(json)
  return parsed.success ? { ok: true, index: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues) }
}

/** One line for a message: the first errors of a failed parse. */
export function feedErrorText(errors: readonly FieldError[]): string {
  return errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')
}
