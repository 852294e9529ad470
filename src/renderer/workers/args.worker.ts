// Checks the arguments of the browser build's desktop calls (shared/ipc/args-problem.ts) off
// the UI thread: evaluating zod took that thread 50-100 ms, and the first calls come while
// the first screen is still settling.
import { argsProblemOf } from '@shared/ipc/args-problem'
import type { ArgsReply, ArgsRequest } from './args-client'

const scope = self as unknown as { postMessage(m: ArgsReply): void; onmessage: ((e: MessageEvent<ArgsRequest>) => void) | null }

scope.onmessage = ({ data: { id, channel, args } }) => scope.postMessage({ id, problem: argsProblemOf(channel, args) })
