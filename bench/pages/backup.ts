// Backup benchmark page: a full backup of the app's database (seeded by seed.html) in the
// backup worker, then a restore of that file (replace), as the app does them; UI-thread long
// tasks are counted meanwhile. Driven by bench/imports.mjs.
import { exportBackup, restoreInWorker } from '../../src/renderer/workers/backup-client'

declare global {
  interface Window {
    benchBackup: () => Promise<Record<string, unknown>>
  }
}

window.benchBackup = async () => {
  const long: number[] = []
  const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => e.duration > 100 && long.push(e.duration)))
  obs.observe({ type: 'longtask', buffered: false })
  try {
    let t = performance.now()
    const { bytes } = await exportBackup('manual')
    const backupMs = performance.now() - t
    const size = bytes.byteLength
    t = performance.now()
    const res = await restoreInWorker(bytes, 'replace')
    const restoreMs = performance.now() - t
    if (!res.checks.every((c) => c.ok)) throw new Error(`restore did not verify: ${JSON.stringify(res.checks.filter((c) => !c.ok))}`)
    return { ok: true, backupMs, restoreMs, mb: size / 1048576, longTasks: long.length }
  } catch (err) {
    return { ok: false, error: String(err instanceof Error ? err.stack : err) }
  } finally {
    obs.disconnect()
  }
}
export {}
