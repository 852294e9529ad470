// The seam between the renderer and the OS: Electron's bridge when present, else the browser.
import type { DesktopApi } from '@shared/ipc/contract'
import { createBrowserApi } from './browser-api'

declare global {
  interface Window {
    api?: DesktopApi
  }
}

export const desktop: DesktopApi = window.api ?? createBrowserApi()
