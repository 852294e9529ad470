// Channel names of the desktop API, free of any dependency so the preload stays tiny.
// contract.ts gives each channel its argument schema and result type.

export const CHANNELS = [
  'app:info',
  'app:openExternal',
  'app:setLocale',
  'app:print',
  'imports:openFile',
  'files:saveText',
  'files:saveBytes',
  'files:openDocument',
  'briefings:print',
  'briefings:exportPdf',
  // backups (shared/ipc/backups-contract.ts)
  'backups:save',
  'backups:open',
  'backups:writeAuto',
  'backups:listAuto',
  'backups:readAuto',
  'keys:list',
  'keys:add',
  'keys:remove',
  // subscriptions: inbox folder and feeds (shared/ipc/subscriptions-contract.ts)
  'subscriptions:get',
  'subscriptions:setKnown',
  'subscriptions:chooseInbox',
  'subscriptions:clearInbox',
  'subscriptions:addFeed',
  'subscriptions:removeFeed',
  'subscriptions:checkNow',
  'subscriptions:open',
  'subscriptions:dismiss',
] as const
export type Channel = (typeof CHANNELS)[number]

export function splitChannel(c: string): [string, string] {
  const i = c.indexOf(':')
  return [c.slice(0, i), c.slice(i + 1)]
}

/** The largest document (DOCX, Markdown) opened as a new briefing. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

/** Channel main uses to push menu commands to the renderer. */
export const MENU_CHANNEL = 'menu:command'
/** Channel main uses to push the subscriptions state (new offers) to the renderer. */
export const SUBSCRIPTIONS_CHANNEL = 'subscriptions:offers'
export const MENU_COMMANDS = [
  'go:overview',
  'go:timeline',
  'go:policies',
  'go:vendors',
  'go:briefings',
  'go:imports',
  'go:settings',
  'briefing:print',
  'briefing:exportPdf',
  'theme:toggle',
  'search:focus',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The interface languages (the contract's setLocale schema uses this list). */
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** The largest import file either side reads. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
