// The main window and the one place its secure options are set.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { join } from 'node:path'

export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}

export function createMainWindow(startUrl: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '政策观察台 Policy Desk',
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(startUrl)
  return win
}
