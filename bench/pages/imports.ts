// Import benchmark page: runs the import in a worker, as the app does, and counts UI-thread
// long tasks meanwhile. Driven by bench/imports.mjs.
declare global {
  interface Window {
    benchImport: (n: number) => Promise<Record<string, unknown>>
  }
}

window.benchImport = (n) =>
  new Promise((resolve) => {
    const long: number[] = []
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => e.duration > 100 && long.push(e.duration)))
    obs.observe({ type: 'longtask', buffered: false })
    const w = new Worker(new URL('./imports.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (e: MessageEvent<Record<string, unknown>>) => {
      obs.disconnect()
      w.terminate()
      resolve({ ...e.data, longTasks: long.length })
    }
    w.postMessage({ n })
  })
export {}
