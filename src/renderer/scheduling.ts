// Yielding the UI thread: work split over tasks (and paints) so that no single task blocks
// the page for long.

/** Resolves in a task of its own, after whatever is queued now. */
export const nextTask = (): Promise<void> => new Promise((ok) => setTimeout(ok))

/** Resolves in the first task after the next paint, so what changed before it is on screen. */
export const afterPaint = (): Promise<void> => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok)))
