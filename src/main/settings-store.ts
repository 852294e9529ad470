// Settings main keeps for the app in userData/settings.json (for now: the trusted publisher
// keys). Writes are atomic (temp file, then rename); a missing or corrupt file reads as
// defaults and is set aside as settings.json.corrupt, never crashing the app.
import { randomBytes } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { trustedKeySchema } from '@shared/bundle/trusted-key-schema'

const settingsSchema = z.object({
  trustedKeys: z.array(z.unknown()).default([]),
})
export interface Settings {
  trustedKeys: z.infer<typeof trustedKeySchema>[]
}

const FILE = 'settings.json'

export interface SettingsStore {
  read(): Promise<Settings>
  update(change: (s: Settings) => Settings | Promise<Settings>): Promise<Settings>
}

async function load(path: string): Promise<Settings> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return { trustedKeys: [] }
  }
  try {
    const parsed = settingsSchema.parse(JSON.parse(text))
    // Each key on its own: one bad entry does not cost the user the others.
    const trustedKeys = parsed.trustedKeys.flatMap((k) => {
      const ok = trustedKeySchema.safeParse(k)
      return ok.success ? [ok.data] : []
    })
    return { trustedKeys }
  } catch (err) {
    console.error(`settings: ${path} is unreadable, using defaults:`, err instanceof Error ? err.message : err)
    await rename(path, `${path}.corrupt`).catch(() => undefined)
    return { trustedKeys: [] }
  }
}

export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  await writeFile(tmp, content, { encoding: 'utf8', mode: 0o600 })
  await rename(tmp, path)
}

/** `dir` is asked at each call, so the store can be made before the app is ready. */
export function createSettingsStore(dir: () => string): SettingsStore {
  // Updates run one after another, so two quick changes never lose one another.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    read: () => load(join(dir(), FILE)),
    update(change) {
      const run = queue.then(async () => {
        const path = join(dir(), FILE)
        const next = await change(await load(path))
        await writeAtomically(path, JSON.stringify(next, null, 2) + '\n')
        return next
      })
      queue = run.catch(() => undefined)
      return run
    },
  }
}
