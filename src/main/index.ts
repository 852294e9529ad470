// Policy Desk's main process: single instance, the app:// origin, one hardened window,
// the localized menu and the desktop-API handlers.
import { app, BrowserWindow, Menu, session, type IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import type { Locale, MenuCommand } from '@shared/ipc/contract'
import { MENU_CHANNEL, SUBSCRIPTIONS_CHANNEL } from '@shared/ipc/contract'
import { createHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/register'
import { buildMenuTemplate } from './menu'
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './protocol'
import { hardenSession, hardenWebContents, isAppUrl, urlOrigin } from './security'
import { createMainWindow } from './window'
import { startSubscriptions, stopSubscriptions } from './subscriptions'

const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const allowedOrigins = [APP_ORIGIN, ...(devUrl ? [urlOrigin(devUrl) ?? ''] : [])]
let mainWindow: BrowserWindow | null = null

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return (
    mainWindow !== null &&
    event.sender === mainWindow.webContents &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    isAppUrl(frame.url, allowedOrigins)
  )
}

function sendMenu(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command)
}

function setMenu(locale: Locale): void {
  const template = buildMenuTemplate(locale, sendMenu, { isMac: process.platform === 'darwin', isDev: !app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function openWindow(): void {
  mainWindow = createMainWindow(devUrl ?? `${APP_ORIGIN}/index.html`)
  mainWindow.on('closed', () => (mainWindow = null))
}

registerAppScheme()
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, allowedOrigins))
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    handleAppProtocol(join(__dirname, '../renderer'))
    registerHandlers(createHandlers({ setLocale: setMenu }), isTrustedSender)
    setMenu(app.getLocale().startsWith('zh') ? 'zh-CN' : 'en')
    openWindow()
    startSubscriptions((state) => mainWindow?.webContents.send(SUBSCRIPTIONS_CHANNEL, state), () => sendMenu('go:imports'))
    app.on('will-quit', stopSubscriptions)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
