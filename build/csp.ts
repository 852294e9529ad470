// One Content-Security-Policy for the app: nothing remote, no inline script, no eval.
// Styles allow inline because Vue, ECharts and ProseMirror set style attributes.
import type { Plugin } from 'vite'

/**
 * `webFeeds`: the browser build fetches subscription feeds itself (in Electron, main does), so
 * its renderer may connect to http(s) servers; the desktop renderer stays on 'self'.
 */
export function contentSecurityPolicy(dev = false, webFeeds = false): string {
  const connect = (dev ? "'self' ws://localhost:* http://localhost:*" : "'self'") + (webFeeds ? ' http: https:' : '')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/** Writes the policy into index.html as a meta tag, with dev-server allowances only in dev. */
export function cspPlugin(options: { webFeeds?: boolean } = {}): Plugin {
  let dev = false
  return {
    name: 'policy-desk-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', contentSecurityPolicy(dev, options.webFeeds ?? false))
    },
  }
}
