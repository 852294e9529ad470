// The chunks the app starts with: the entry, the boot chunks it imports (src/renderer/boot/,
// evaluated in tasks of their own, see main.ts) and what they import statically.
// - Each is marked for eager compilation with V8's explicit compile hint (Chromium 136+):
//   `//# allFunctionsCalledOnLoad` at the top makes V8 compile every function on the
//   background thread that already parses the script, not lazily on the UI thread while the
//   shell mounts.
// - The page preloads them (and their styles), so they are fetched and parsed while the entry
//   runs instead of one after another.
// - The screen the page opens on is preloaded as well: the router asks for its chunk only once
//   the app's code has run, and the page then waited one more round of requests for it. A
//   meta tag lists each top-level screen's files (beyond the start chunks); the entry preloads
//   those of the screen in the address (src/renderer/boot/screen-preload.ts).
import type { HtmlTagDescriptor, Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'
const BOOT = /[\\/]src[\\/]renderer[\\/]boot[\\/]/

/** The minimum of Rollup's output this plugin reads. */
export interface ChunkLike {
  type: 'chunk'
  fileName: string
  isEntry: boolean
  /** The modules in the chunk (a dynamic entry's facadeModuleId can be null). */
  moduleIds: readonly string[]
  imports: string[]
  code: string
  viteMetadata?: { importedCss: Set<string> }
}
type Bundle = Record<string, ChunkLike | { type: 'asset' }>

/** File names of the start chunks: entries first, then boot chunks and their static imports. */
export function startChunks(bundle: Bundle): ChunkLike[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const out = new Map<string, ChunkLike>()
  const add = (c: ChunkLike | undefined): void => {
    if (!c || out.has(c.fileName)) return
    out.set(c.fileName, c)
    c.imports.forEach((name) => add(byName.get(name)))
  }
  chunks.filter((c) => c.isEntry).forEach(add)
  chunks.filter((c) => c.moduleIds.some((id) => BOOT.test(id))).forEach(add)
  return [...out.values()]
}

/**
 * The screens a page opens on (router.ts: path `/<key>` → views/<name>.vue, `*` standing for
 * one path segment such as a record's id): the top-level screens ('' opens on overview) and
 * the print preview that a print window opens on.
 */
export const START_VIEWS: Readonly<Record<string, string>> = {
  overview: 'OverviewView',
  timeline: 'TimelineView',
  policies: 'PoliciesView',
  notes: 'NotesView',
  vendors: 'VendorsView',
  briefings: 'BriefingsView',
  imports: 'ImportsView',
  settings: 'SettingsView',
  'briefings/*/print': 'BriefingPrintView',
}
/** The meta tag's name, as src/renderer/boot/screen-preload.ts reads it. */
export const VIEWS_META = 'policy-desk-views'
const VIEWS_PLACEHOLDER = `<meta name="${VIEWS_META}" content="" />`
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * Per top-level screen, the files its chunk needs that the start chunks do not bring: the
 * screen's chunk, its static imports, and their styles.
 */
export function viewPreloads(bundle: Bundle): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk')
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const start = new Set(startChunks(bundle).map((c) => c.fileName))
  const out: Record<string, string[]> = {}
  for (const [key, view] of Object.entries(START_VIEWS)) {
    const file = new RegExp(`[\\\\/]src[\\\\/]renderer[\\\\/]views[\\\\/]${view}\\.vue$`)
    const chunk = chunks.find((c) => c.moduleIds.some((id) => file.test(id)))
    if (!chunk) continue
    const files = new Set<string>()
    const add = (c: ChunkLike | undefined): void => {
      if (!c || start.has(c.fileName) || files.has(c.fileName)) return
      files.add(c.fileName)
      c.viteMetadata?.importedCss.forEach((css) => files.add(css))
      c.imports.forEach((name) => add(byName.get(name)))
    }
    add(chunk)
    out[key] = [...files]
  }
  return out
}

/** The meta tag's content: `key=file,file;key=file`, names relative to the page. */
export function viewsMetaContent(preloads: Record<string, string[]>, base: string): string {
  return Object.entries(preloads)
    .map(([key, files]) => `${key}=${files.map((f) => base + f).join(',')}`)
    .join(';')
}

export function startChunksPlugin(): Plugin {
  let base = './'
  return {
    name: 'policy-desk-start-chunks',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return []
        const bundle = ctx.bundle as unknown as Bundle
        const tags: HtmlTagDescriptor[] = []
        for (const c of startChunks(bundle)) {
          if (c.isEntry) continue
          for (const css of c.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + css }, injectTo: 'head' })
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + c.fileName }, injectTo: 'head' })
        }
        // index.html holds the (empty) meta tag
        const content = escapeAttr(viewsMetaContent(viewPreloads(bundle), base))
        return { html: html.replace(VIEWS_PLACEHOLDER, `<meta name="${VIEWS_META}" content="${content}" />`), tags }
      },
    },
    // after Vite's own generateBundle, which puts its preload map at the top of the entry
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const c of startChunks(bundle as unknown as Bundle)) if (!c.code.startsWith(COMPILE_HINT)) c.code = COMPILE_HINT + c.code
      },
    },
  }
}
