// The renderer's side of the args worker (args.worker.ts): what is wrong with a desktop call's
// arguments, or null. One worker, started with the first check and kept for the next.
import type { API_ARGS } from '@shared/ipc/contract'

export type ArgsChannel = keyof typeof API_ARGS
export type ArgsRequest = { id: number; channel: ArgsChannel; args: unknown }
export type ArgsReply = { id: number; problem: string | null }

let worker: Worker | null = null
let nextId = 1
const waiting = new Map<number, (problem: string | null) => void>()

function failAll(message: string): void {
  for (const settle of waiting.values()) settle(message)
  waiting.clear()
  worker?.terminate()
  worker = null
}

function ensure(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./args.worker.ts', import.meta.url), { type: 'module', name: 'desktop-args' })
  w.onmessage = (e: MessageEvent<ArgsReply>) => {
    waiting.get(e.data.id)?.(e.data.problem)
    waiting.delete(e.data.id)
  }
  w.onerror = (e) => failAll(`cannot check the arguments: ${e.message || 'worker error'}`)
  worker = w
  return w
}

/** Why `args` are not what `channel` takes (the message names the field), or null when they are. */
export function argsProblem(channel: ArgsChannel, args: unknown): Promise<string | null> {
  const id = nextId++
  return new Promise((settle) => {
    waiting.set(id, settle)
    try {
      ensure().postMessage({ id, channel, args } satisfies ArgsRequest)
    } catch (err) {
      // arguments that cannot be copied (a function, a DOM node) are not arguments a call takes
      waiting.delete(id)
      settle(`arguments cannot be sent: ${err instanceof Error ? err.message : String(err)}`)
    }
  })
}
