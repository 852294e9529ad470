// The main window, and the one place its secure options are set.
import { BrowserWindow } from 'electron'
import { join } from 'node:path'

export function createMainWindow(startUrl: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '政策观察台 Policy Desk',
    backgroundColor: '#f6f5f1',
    // Written out here, not spread from elsewhere, so that electronegativity can read them.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(startUrl)
  return win
}
