// The watched inbox folder: fs.watch for quick news plus a rescan every few minutes (fs.watch
// misses events on network drives). A bundle file becomes an offer once complete, i.e. its
// size and mtime have not changed for `stableMs`. Nothing is imported from here.
import { watch, type FSWatcher } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { declaredDigest, isBundleFileName, offerId, type Offer } from '@shared/subscriptions'
import { readImportFile } from '../files'

export interface InboxOptions {
  folder: string
  /** called whenever the set of complete bundle files changed */
  onChange: () => void
  /** called when the folder cannot be read (missing, no permission), or null when it can again */
  onError?: (message: string | null) => void
  stableMs?: number
  rescanMs?: number
  /** the bundle's declared digest; by default read through the import pipeline */
  readDigest?: (path: string) => Promise<string | undefined>
}

interface Pending {
  size: number
  mtimeMs: number
  since: number
}

async function defaultDigest(path: string): Promise<string | undefined> {
  try {
    const file = await readImportFile(path)
    return file.text === undefined ? undefined : declaredDigest(file.text)
  } catch {
    return undefined // an unreadable bundle is still offered; its preview shows why
  }
}

export class InboxWatcher {
  private readonly pending = new Map<string, Pending>()
  private readonly found = new Map<string, { offer: Offer; size: number; mtimeMs: number }>()
  private watcher: FSWatcher | null = null
  private timer: ReturnType<typeof setInterval> | null = null
  private soon: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private again = false
  private stopped = false
  private lastError: string | null = null

  constructor(private readonly opts: InboxOptions) {}

  get folder(): string {
    return this.opts.folder
  }

  start(): Promise<void> {
    try {
      this.watcher = watch(this.opts.folder, () => this.scanSoon(150))
      this.watcher.on('error', () => this.scanSoon(1000))
    } catch {
      // No watch on this file system: the periodic rescan still finds new files.
    }
    this.timer = setInterval(() => void this.scan(), this.opts.rescanMs ?? 3 * 60_000)
    return this.scan()
  }

  stop(): void {
    this.stopped = true
    this.watcher?.close()
    if (this.timer) clearInterval(this.timer)
    if (this.soon) clearTimeout(this.soon)
    this.watcher = this.timer = this.soon = null
  }

  /** The complete bundle files in the folder now, oldest find first. */
  offers(): Offer[] {
    return [...this.found.values()].map((f) => f.offer)
  }

  pathOf(offer: Offer): string | null {
    return this.found.get(offer.address)?.offer.id === offer.id ? join(this.opts.folder, offer.address) : null
  }

  private scanSoon(ms: number): void {
    if (this.stopped || this.soon) return
    this.soon = setTimeout(() => {
      this.soon = null
      void this.scan()
    }, ms)
  }

  /** Looks at the folder once; concurrent calls share one pass (plus one more if asked during it). */
  scan(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    this.running = this.pass().finally(() => {
      this.running = null
      if (this.again && !this.stopped) {
        this.again = false
        void this.scan()
      }
    })
    return this.running
  }

  private setError(message: string | null): void {
    if (message === this.lastError) return
    this.lastError = message
    this.opts.onError?.(message)
  }

  private async pass(): Promise<void> {
    let names: string[]
    try {
      names = await readdir(this.opts.folder)
      this.setError(null)
    } catch (err) {
      this.setError(`收件文件夹无法读取 / the inbox folder cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
      return
    }
    const stableMs = this.opts.stableMs ?? 1000
    const present = new Set(names.filter(isBundleFileName))
    let changed = false
    for (const name of [...this.found.keys()]) if (!present.has(name)) changed = this.found.delete(name) || changed
    for (const name of [...this.pending.keys()]) if (!present.has(name)) this.pending.delete(name)
    let waiting = false
    for (const name of present) {
      const info = await stat(join(this.opts.folder, name)).catch(() => null)
      if (!info?.isFile()) continue
      const known = this.found.get(name)
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) continue
      const p = this.pending.get(name)
      const now = Date.now()
      if (!p || p.size !== info.size || p.mtimeMs !== info.mtimeMs || info.size === 0) {
        this.pending.set(name, { size: info.size, mtimeMs: info.mtimeMs, since: now })
        waiting = true
        continue
      }
      if (now - p.since < stableMs) {
        waiting = true
        continue
      }
      this.pending.delete(name)
      const path = join(this.opts.folder, name)
      const digest = await (this.opts.readDigest ?? defaultDigest)(path)
      const offer: Offer = {
        id: offerId('inbox', `${this.opts.folder}|${name}|${info.size}|${info.mtimeMs}`),
        source: 'inbox',
        name,
        address: name,
        size: info.size,
        foundAt: new Date(now).toISOString(),
        ...(digest ? { digest } : {}),
      }
      this.found.set(name, { offer, size: info.size, mtimeMs: info.mtimeMs })
      changed = true
    }
    if (waiting) this.scanSoon(stableMs + 50)
    if (changed && !this.stopped) this.opts.onChange()
  }
}
