// One wrapper for every IPC handler: sender check, argument schema, and a result envelope
// (thrown errors lose all but their message across IPC, so none are thrown to the renderer).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { API_ARGS, CHANNELS, type ApiArgs, type ApiResults, type Channel, type IpcResult } from '@shared/ipc/contract'
import { formatIssues } from '@shared/model/validate'

export type HandlerContext = { event: IpcMainInvokeEvent }
export type Handlers = {
  [C in Channel]: (args: Exclude<ApiArgs<C>, undefined> | undefined, ctx: HandlerContext) => Promise<ApiResults[C]>
}

export class UserFacingError extends Error {
  constructor(
    readonly code: 'failed' | 'too_large' | 'bad_args',
    message: string,
  ) {
    super(message)
  }
}

export async function invokeHandler<C extends Channel>(
  channel: C,
  handler: Handlers[C],
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  event: IpcMainInvokeEvent,
  raw: unknown,
): Promise<IpcResult<ApiResults[C]>> {
  if (!isTrustedSender(event)) {
    return { ok: false, error: { code: 'forbidden', message: `${channel}: sender is not the app window` } }
  }
  const parsed = API_ARGS[channel].safeParse(raw)
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad_args', message: `${channel}: ${formatIssues(parsed.error.issues)}` } }
  }
  try {
    const data = await handler(parsed.data as Exclude<ApiArgs<C>, undefined> | undefined, { event })
    return { ok: true, data }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const code = err instanceof UserFacingError ? err.code : 'failed'
    return { ok: false, error: { code, message: `${channel}: ${message}` } }
  }
}

export function registerHandlers(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, (event, raw: unknown) =>
      invokeHandler(channel, handlers[channel] as Handlers[typeof channel], isTrustedSender, event, raw),
    )
  }
}
