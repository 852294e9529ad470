// The subscriptions settings in their own file, userData/subscriptions.json: the inbox folder,
// the feeds, the dismissed bundles. Written atomically (temp file, then rename); a corrupt or
// unreadable file is set aside and reset with a warning, never a crash.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { formatIssues } from '@shared/model/validate'

export const SUBSCRIPTIONS_FILE = 'subscriptions.json'
const MAX_DISMISSED = 5000

const configSchema = z.strictObject({
  version: z.literal(1),
  inbox: z.string().min(1).max(4000).nullable(),
  feeds: z
    .array(z.strictObject({ id: z.string().min(1).max(80), address: z.string().min(1).max(2000), addedAt: z.string().max(40) }))
    .max(100),
  dismissed: z.array(z.string().min(1).max(300)).max(MAX_DISMISSED),
})
export type SubscriptionsConfig = z.infer<typeof configSchema>

export const emptyConfig = (): SubscriptionsConfig => ({ version: 1, inbox: null, feeds: [], dismissed: [] })

export interface LoadedConfig {
  config: SubscriptionsConfig
  /** set when the file was corrupt and has been reset */
  warning: string | null
}

export async function loadConfig(path: string): Promise<LoadedConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { config: emptyConfig(), warning: null }
    return { config: emptyConfig(), warning: `订阅设置无法读取，已重置 / subscription settings unreadable, reset: ${(err as Error).message}` }
  }
  let reason: string
  try {
    const parsed = configSchema.safeParse(JSON.parse(text))
    if (parsed.success) return { config: parsed.data, warning: null }
    reason = formatIssues(parsed.error.issues)
  } catch (err) {
    reason = (err as Error).message
  }
  // Keep the bad file for the curious, then start clean.
  await rename(path, `${path}.corrupt`).catch(() => undefined)
  const warning = `订阅设置文件损坏，已重置 / subscription settings were corrupt and have been reset (${reason})`
  console.warn(`[subscriptions] ${warning}`)
  return { config: emptyConfig(), warning }
}

/** Writes the whole config: a crash mid-write leaves the old file or the new one, never half. */
export async function saveConfig(path: string, config: SubscriptionsConfig): Promise<void> {
  const checked = configSchema.parse({ ...config, dismissed: config.dismissed.slice(-MAX_DISMISSED) })
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  await writeFile(tmp, JSON.stringify(checked, null, 2), { encoding: 'utf8', flush: true })
  await rename(tmp, path)
}
