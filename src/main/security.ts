// Everything the app denies, in one place: navigation, popups, permissions, webviews.
// Only validated http(s) links leave the app, and only to the system browser.
import { shell, type Session, type WebContents } from 'electron'

export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2000) return false
  try {
    const u = new URL(raw)
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '' && !u.username && !u.password
  } catch {
    return false
  }
}

export async function openExternalSafely(raw: string): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false
  await shell.openExternal(raw)
  return true
}

/** scheme://host[:port]. Node's URL says "null" for the origin of custom schemes like app:. */
export function urlOrigin(raw: string): string | null {
  try {
    const u = new URL(raw)
    return u.host ? `${u.protocol}//${u.host}` : null
  } catch {
    return null
  }
}

/** A page may only be one of ours: the app origin, or the dev server in development. */
export function isAppUrl(raw: string, allowedOrigins: readonly string[]): boolean {
  const origin = urlOrigin(raw)
  return origin !== null && allowedOrigins.includes(origin)
}

export function hardenWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, allowedOrigins)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, allowedOrigins)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url)
    return { action: 'deny' }
  })
}

/** Only persistent storage is granted, so Chromium never evicts the analyst's data. */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage'])

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    callback(GRANTED_PERMISSIONS.has(permission))
  })
  session.setPermissionCheckHandler((_wc, permission) => GRANTED_PERMISSIONS.has(permission))
}
