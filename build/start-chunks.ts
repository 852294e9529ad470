// The chunks the app starts with: the entry, the boot chunks it imports (src/renderer/boot/,
// evaluated in tasks of their own, see main.ts) and what they import statically.
// - Each is marked for eager compilation with V8's explicit compile hint (Chromium 136+):
//   `//# allFunctionsCalledOnLoad` at the top makes V8 compile every function on the
//   background thread that already parses the script, not lazily on the UI thread while the
//   shell mounts.
// - The page preloads them (and their styles), so they are fetched and parsed while the entry
//   runs instead of one after another.
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
      handler(_html, ctx) {
        if (!ctx.bundle) return []
        const tags: HtmlTagDescriptor[] = []
        for (const c of startChunks(ctx.bundle as unknown as Bundle)) {
          if (c.isEntry) continue
          for (const css of c.viteMetadata?.importedCss ?? []) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + css }, injectTo: 'head' })
          tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + c.fileName }, injectTo: 'head' })
        }
        return tags
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
