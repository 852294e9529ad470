// Preloads the chunks and styles of the screen in the address as soon as the entry runs. The
// router asks for a screen's chunk only once the app's code has been evaluated, and the page
// then waited one more round of requests before it could show anything. The build lists the
// files of each screen a page opens on in a meta tag (build/start-chunks.ts): the top-level
// screens and the print preview; a record's page or an unknown screen preloads nothing.

export const VIEWS_META = 'policy-desk-views'

/**
 * The files listed for the screen of `hash` in the meta content `key=file,file;key=file`, where
 * a key is a path whose `*` segments stand for any one segment (the print preview's key is
 * the segments briefings, *, print).
 */
export function screenFiles(content: string, hash: string): string[] {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? ''
  const segments = (path === '' ? 'overview' : path).split('/')
  for (const screen of content.split(';')) {
    const eq = screen.indexOf('=')
    if (eq > 0 && matches(screen.slice(0, eq).split('/'), segments)) return screen.slice(eq + 1).split(',').filter(Boolean)
  }
  return []
}

const matches = (key: string[], segments: string[]): boolean =>
  key.length === segments.length && key.every((k, i) => (k === '*' ? segments[i] !== '' : k === segments[i]))

export function preloadScreen(doc: Document = document, hash: string = location.hash): void {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${VIEWS_META}"]`)?.content ?? ''
  for (const href of screenFiles(content, hash)) {
    const link = doc.createElement('link')
    if (href.endsWith('.css')) {
      link.rel = 'preload'
      link.as = 'style'
    } else {
      link.rel = 'modulepreload'
    }
    link.crossOrigin = ''
    link.href = href
    doc.head.append(link)
  }
}
