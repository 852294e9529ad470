// Preloads the chunks and styles of the screen in the address as soon as the entry runs. The
// router asks for a screen's chunk only once the app's code has been evaluated, and the page
// then waited one more round of requests before it could show anything. The build lists each
// top-level screen's files in a meta tag (build/start-chunks.ts); a record's page (two path
// segments) or an unknown screen preloads nothing.

export const VIEWS_META = 'policy-desk-views'

/** The files listed for the screen of `hash` in the meta content `key=file,file;key=file`. */
export function screenFiles(content: string, hash: string): string[] {
  const path = hash.replace(/^#\/?/, '').split('?')[0] ?? ''
  const key = path === '' ? 'overview' : path
  for (const screen of content.split(';')) {
    const eq = screen.indexOf('=')
    if (eq > 0 && screen.slice(0, eq) === key) return screen.slice(eq + 1).split(',').filter(Boolean)
  }
  return []
}

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
