// The bridge, and nothing else: one function per desktop-API method, built from the channel
// list, plus the menu-command and subscription-offer subscriptions. No ipcRenderer or generic send is exposed.
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, MENU_CHANNEL, MENU_COMMANDS, SUBSCRIPTIONS_CHANNEL, splitChannel, type MenuCommand } from '@shared/ipc/channels'

export function buildApi(invoke: (channel: string, args?: unknown) => Promise<unknown>): Record<string, unknown> {
  const api: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [group, method] = splitChannel(channel)
    const g = (api[group] ??= {})
    g[method] = (args?: unknown) => invoke(channel, args)
  }
  return {
    ...api,
    onMenuCommand: (cb: (command: MenuCommand) => void) => {
      const listener = (_e: unknown, command: unknown): void => {
        if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) cb(command as MenuCommand)
      }
      ipcRenderer.on(MENU_CHANNEL, listener)
      return () => ipcRenderer.removeListener(MENU_CHANNEL, listener)
    },
    onSubscriptionOffers: (cb: (state: unknown) => void) => {
      const listener = (_e: unknown, state: unknown): void => {
        if (typeof state === 'object' && state !== null && Array.isArray((state as { offers?: unknown }).offers)) cb(state)
      }
      ipcRenderer.on(SUBSCRIPTIONS_CHANNEL, listener)
      return () => ipcRenderer.removeListener(SUBSCRIPTIONS_CHANNEL, listener)
    },
  }
}

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args)),
)
