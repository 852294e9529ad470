// A fake `electron` module for main-process and preload tests in Node: just enough of each
// API to record what our code asks of it, and to answer dialogs as a test tells it to.
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export class FakeWebContents {
  listeners = new Map<string, Listener[]>()
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null
  mainFrame = { url: 'app://policy-desk/index.html' }
  sent: { channel: string; args: unknown[] }[] = []
  pdfBytes = Buffer.from('%PDF-1.7 fake')
  lastPrintToPdfOptions: unknown = null
  lastPrintOptions: unknown = null
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn])
    return this
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args)
  }
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }): void {
    this.windowOpenHandler = fn
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.lastPrintToPdfOptions = options
    return this.pdfBytes
  }
  print(options: unknown, cb: (ok: boolean) => void): void {
    this.lastPrintOptions = options
    cb(true)
  }
}

export class BrowserWindow {
  static windows: BrowserWindow[] = []
  webContents = new FakeWebContents()
  constructor(public options: Record<string, unknown> = {}) {
    BrowserWindow.windows.push(this)
  }
  static fromWebContents(wc: unknown): BrowserWindow | null {
    return BrowserWindow.windows.find((w) => w.webContents === wc) ?? null
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows
  }
  loadURL = vi.fn(async () => undefined)
  once = vi.fn()
  on = vi.fn()
  show = vi.fn()
}

const handlers = new Map<string, Listener>()
export const ipcMain = {
  handlers,
  handle: vi.fn((channel: string, fn: Listener) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    handlers.set(channel, fn)
  }),
  removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
}

export const dialog = {
  nextOpen: { canceled: true, filePaths: [] as string[] },
  nextSave: { canceled: true, filePath: undefined as string | undefined },
  showOpenDialog: vi.fn(async () => dialog.nextOpen),
  showSaveDialog: vi.fn(async () => dialog.nextSave),
}

/** Records every notification shown (tests read `Notification.shown`). */
export class Notification {
  static shown: { title: string; body: string }[] = []
  static isSupported = vi.fn(() => true)
  constructor(public options: { title: string; body: string }) {}
  on = vi.fn()
  show(): void {
    Notification.shown.push({ title: this.options.title, body: this.options.body })
  }
}

export const shell = { openExternal: vi.fn(async () => undefined) }
export const app = {
  getVersion: () => '0.0.0-test',
  getLocale: () => 'zh-CN',
  /** Tests set `app.paths.userData` to a temp dir. */
  paths: { userData: '/nonexistent/policy-desk-test' } as Record<string, string>,
  getPath: (name: string) => app.paths[name] ?? `/nonexistent/${name}`,
  isPackaged: false,
  on: vi.fn(),
  whenReady: vi.fn(() => new Promise(() => undefined)),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
}
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const net = { fetch: vi.fn() }
export const session = { defaultSession: {} }
export const Menu = { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() }

export const exposed: Record<string, unknown> = {}
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    exposed[key] = api
  }),
}
const rendererListeners = new Map<string, Listener[]>()
export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, args?: unknown) => ({ channel, args })),
  on: vi.fn((channel: string, fn: Listener) => rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), fn])),
  removeListener: vi.fn((channel: string, fn: Listener) =>
    rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((f) => f !== fn)),
  ),
  emit(channel: string, ...args: unknown[]) {
    for (const fn of rendererListeners.get(channel) ?? []) fn({}, ...args)
  },
}

export type WebContents = FakeWebContents
export type IpcMainInvokeEvent = { sender: FakeWebContents; senderFrame: { url: string } | null }
export default { BrowserWindow, Notification, ipcMain, dialog, shell, app, protocol, net, session, Menu, contextBridge, ipcRenderer }
