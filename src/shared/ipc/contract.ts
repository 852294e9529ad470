// The one desktop API between renderer and OS: each method's channel, argument schema and
// result type. Main implements it (handlers), preload binds it, the renderer calls it.
import { z } from 'zod'
import { LOCALES, type Locale } from './channels'
import { httpUrlSchema } from '../model/common'
import type { Channel, MenuCommand } from './channels'
import { BACKUP_ARGS, type BackupResults } from './backups-contract'
import type { BundleVerification } from '../bundle/signature'
import type { TrustedKeyEntry } from '../bundle/trusted-keys'
import { trustedKeySchema } from '../bundle/trusted-key-schema'
import { SUBSCRIPTION_ARGS, type SubscriptionResults } from './subscriptions-contract'
import type { SubscriptionsState } from '../subscriptions/offers'

export { CHANNELS, MENU_CHANNEL, MENU_COMMANDS, SUBSCRIPTIONS_CHANNEL, splitChannel } from './channels'
export type { Channel, Locale, MenuCommand } from './channels'
export { LOCALES, MAX_IMPORT_BYTES } from './channels'

const noArgs = z.undefined()
const fileTitle = z
  .string()
  .trim()
  .min(1, '不能为空 / must not be empty')
  .max(120, '过长 / too long (max 120)')


/** A file chosen for import, read and classified by `shared/import-file/open.ts`. */
export interface OpenedFile {
  name: string
  size: number
  /** bundle (JSON, possibly gzip or zip), csv, or an xlsx workbook */
  format: 'bundle' | 'csv' | 'xlsx'
  /** bundle and csv: the decoded text */
  text?: string
  /** xlsx: the workbook's bytes */
  bytes?: Uint8Array
  /** the text encoding found (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030…); null for xlsx */
  encoding: string | null
  /** the container the bundle came in, if any */
  container: 'gzip' | 'zip' | null
  /** bundles: digest and signature checked against the trusted publisher keys */
  verification?: BundleVerification
}
export interface OpenedDocument {
  name: string
  format: 'docx' | 'markdown'
  bytes: Uint8Array
}
export interface SavedFile {
  saved: boolean
  name?: string
}
export interface AppInfo {
  version: string
  platform: string
  shell: 'electron' | 'browser'
}

/** Every method: its argument schema; result types follow in ApiResults. */
export const API_ARGS = {
  'app:info': noArgs,
  'app:openExternal': z.strictObject({ url: httpUrlSchema }),
  'app:setLocale': z.strictObject({ locale: z.enum(LOCALES) }),
  /** Prints the current screen (its print stylesheet decides what goes on paper). */
  'app:print': z.strictObject({ title: fileTitle, landscape: z.boolean().optional() }),
  'imports:openFile': noArgs,
  'files:saveText': z.strictObject({
    suggestedName: fileTitle,
    content: z.string().max(200 * 1024 * 1024),
    filter: z.enum(['json', 'markdown', 'html', 'csv']),
  }),
  'files:saveBytes': z.strictObject({
    suggestedName: fileTitle,
    bytes: z.instanceof(Uint8Array, { message: '应为字节数组 / bytes must be a Uint8Array' }).refine((b) => b.byteLength <= 200 * 1024 * 1024, '文件过大 / file too large (max 200 MB)'),
    filter: z.enum(['docx']),
  }),
  /** Lets the user choose a DOCX or Markdown file to open as a new briefing. */
  'files:openDocument': noArgs,
  'briefings:print': z.strictObject({ title: fileTitle }),
  'briefings:exportPdf': z.strictObject({ title: fileTitle }),
  ...BACKUP_ARGS,
  /** Trusted publisher keys (settings): bundles signed by one of them import without consent. */
  'keys:list': noArgs,
  'keys:add': trustedKeySchema,
  'keys:remove': z.strictObject({ keyId: z.string().regex(/^[0-9a-f]{16}$/, '须为 16 位十六进制 / must be 16 hex digits') }),
  ...SUBSCRIPTION_ARGS,
} as const satisfies Record<Channel, z.ZodType>

export interface ApiResults extends BackupResults, SubscriptionResults {
  'app:info': AppInfo
  'app:openExternal': { opened: boolean }
  'app:setLocale': { locale: Locale }
  'app:print': { printed: boolean }
  'imports:openFile': OpenedFile | null
  'files:saveText': SavedFile
  'files:saveBytes': SavedFile
  'files:openDocument': OpenedDocument | null
  'briefings:print': { printed: boolean }
  'briefings:exportPdf': SavedFile
  'keys:list': TrustedKeyEntry[]
  'keys:add': TrustedKeyEntry[]
  'keys:remove': TrustedKeyEntry[]
}

export type ApiArgs<C extends Channel> = z.input<(typeof API_ARGS)[C]>

export type IpcError = { code: 'bad_args' | 'forbidden' | 'failed' | 'too_large'; message: string }
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

/** `imports:openFile` → { imports: { openFile } }: the grouped shape window.api exposes. */
type Split<C extends string> = C extends `${infer G}:${infer M}` ? [G, M] : never
type Groups = Split<Channel>[0]
type MethodsOf<G extends string> = Extract<Channel, `${G}:${string}`>
export type DesktopApi = {
  [G in Groups]: {
    [C in MethodsOf<G> as Split<C>[1]]: (ApiArgs<C> extends undefined
      ? () => Promise<IpcResult<ApiResults[C]>>
      : (args: ApiArgs<C>) => Promise<IpcResult<ApiResults[C]>>)
  }
} & {
  onMenuCommand: (cb: (command: MenuCommand) => void) => () => void
  onSubscriptionOffers: (cb: (state: SubscriptionsState) => void) => () => void
}

/** 50 MB is the largest file the foundation imports; larger ones are refused with a message. */
