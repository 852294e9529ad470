// One Content-Security-Policy for the app: nothing remote, no inline script, no eval.
// Styles allow inline because Vue, ECharts and ProseMirror set style attributes.
import type { Plugin } from 'vite'

export function contentSecurityPolicy(dev = false): string {
  const connect = dev ? "'self' ws://localhost:* http://localhost:*" : "'self'"
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
export function cspPlugin(): Plugin {
  let dev = false
  return {
    name: 'policy-desk-csp',
    configResolved(config) {
      dev = config.command === 'serve'
    },
    transformIndexHtml(html) {
      return html.replace('%CSP%', contentSecurityPolicy(dev))
    },
  }
}
