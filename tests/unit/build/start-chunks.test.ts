// The start chunks (entry, boot chunks and what they import) begin with V8's compile hint,
// after everything Vite adds to them, and the page preloads them with their styles.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite'
import { COMPILE_HINT, START_VIEWS, VIEWS_META, startChunks, startChunksPlugin, viewPreloads, viewsMetaContent, type ChunkLike } from '../../../build/start-chunks'
import { VIEWS_META as READ_META, screenFiles } from '../../../src/renderer/boot/screen-preload'

type Handler = (options: unknown, bundle: Record<string, unknown>) => void
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], extra: Partial<ChunkLike> = {}): ChunkLike => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  moduleIds,
  imports,
  code: `/*${fileName}*/`,
  ...extra,
})

function sample(): Record<string, ChunkLike | { type: 'asset' }> {
  return {
    'assets/index.js': chunk('assets/index.js', ['/p/src/renderer/main.ts'], [], { isEntry: true, code: 'const __vite__mapDeps=1;' }),
    'assets/framework.js': chunk('assets/framework.js', ['/p/node_modules/vue/index.js', '/p/src/renderer/boot/framework.ts']),
    'assets/app.js': chunk('assets/app.js', ['/p/src/renderer/boot/app.ts', '/p/src/renderer/App.vue'], ['assets/framework.js', 'assets/index.js', 'assets/shared.js'], {
      viteMetadata: { importedCss: new Set(['assets/app.css']) },
    }),
    'assets/shared.js': chunk('assets/shared.js', ['/p/src/shared/dates.ts']),
    'assets/view.js': chunk('assets/view.js', ['/p/src/renderer/views/PoliciesView.vue'], ['assets/framework.js', 'assets/list.js'], {
      viteMetadata: { importedCss: new Set(['assets/view.css']) },
    }),
    'assets/list.js': chunk('assets/list.js', ['/p/src/renderer/components/FacetGroups.vue'], ['assets/shared.js', 'assets/db.js'], {
      viteMetadata: { importedCss: new Set(['assets/list.css']) },
    }),
    'assets/db.js': chunk('assets/db.js', ['/p/node_modules/dexie/import-wrapper.mjs']),
    'assets/overview.js': chunk('assets/overview.js', ['C:\\p\\src\\renderer\\views\\OverviewView.vue'], ['assets/db.js']),
    'assets/record.js': chunk('assets/record.js', ['/p/src/renderer/views/PolicyView.vue'], ['assets/db.js']),
    'assets/print.js': chunk('assets/print.js', ['/p/src/renderer/views/BriefingPrintView.vue'], ['assets/app.js', 'assets/db.js']),
    'assets/style.css': { type: 'asset' },
  }
}

describe('start chunks plugin', () => {
  it('finds the entry, the boot chunks and their static imports, and no screen chunk', () => {
    expect(startChunks(sample()).map((c) => c.fileName)).toEqual(['assets/index.js', 'assets/framework.js', 'assets/app.js', 'assets/shared.js'])
  })

  it('puts the hint first in start chunks only, once, after the other plugins', () => {
    const hook = startChunksPlugin().generateBundle as { order: string; handler: Handler }
    expect(hook.order).toBe('post')
    const bundle = sample()
    hook.handler({}, bundle)
    hook.handler({}, bundle)
    const code = (name: string) => (bundle[name] as ChunkLike).code
    expect(code('assets/index.js')).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;`)
    expect(code('assets/app.js')).toBe(`${COMPILE_HINT}/*assets/app.js*/`)
    expect(code('assets/shared.js')).toBe(`${COMPILE_HINT}/*assets/shared.js*/`)
    expect(code('assets/view.js')).toBe('/*assets/view.js*/')
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n')
  })

  it('preloads the start chunks other than the entry, with their styles, under the configured base', () => {
    const plugin = startChunksPlugin()
    ;(plugin.configResolved as (c: { base: string }) => void)({ base: './' })
    const hook = plugin.transformIndexHtml as { order: string; handler: (html: string, ctx: Partial<IndexHtmlTransformContext>) => HtmlTagDescriptor[] | { tags: HtmlTagDescriptor[] } }
    expect(hook.order).toBe('post')
    const { tags } = hook.handler('<html></html>', { bundle: sample() as never }) as { tags: HtmlTagDescriptor[] }
    expect(tags.map((t) => [t.attrs!['rel'], t.attrs!['href']])).toEqual([
      ['modulepreload', './assets/framework.js'],
      ['stylesheet', './assets/app.css'],
      ['modulepreload', './assets/app.js'],
      ['modulepreload', './assets/shared.js'],
    ])
    expect(hook.handler('<html></html>', {})).toEqual([])
  })

  it('lists each top-level screen with the chunks and styles it needs beyond the start chunks', () => {
    const preloads = viewPreloads(sample())
    expect(preloads).toEqual({
      overview: ['assets/overview.js', 'assets/db.js'],
      policies: ['assets/view.js', 'assets/view.css', 'assets/list.js', 'assets/list.css', 'assets/db.js'],
      'briefings/*/print': ['assets/print.js', 'assets/db.js'],
    })
    // a record's page (PolicyView) is not a start screen
    expect(JSON.stringify(preloads)).not.toContain('record.js')
    expect(viewsMetaContent(preloads, './')).toBe(
      'overview=./assets/overview.js,./assets/db.js;policies=./assets/view.js,./assets/view.css,./assets/list.js,./assets/list.css,./assets/db.js;briefings/*/print=./assets/print.js,./assets/db.js',
    )
  })

  it('fills the meta tag of index.html, escaped, and the page reads back what the build wrote', () => {
    const plugin = startChunksPlugin()
    ;(plugin.configResolved as (c: { base: string }) => void)({ base: './' })
    const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: Partial<IndexHtmlTransformContext>) => { html: string; tags: HtmlTagDescriptor[] } }
    const bundle = sample()
    ;(bundle['assets/db.js'] as ChunkLike).fileName = 'assets/d"b&.js'
    bundle['assets/d"b&.js'] = bundle['assets/db.js']!
    delete bundle['assets/db.js']
    for (const c of Object.values(bundle)) if (c.type === 'chunk') c.imports = c.imports.map((n) => (n === 'assets/db.js' ? 'assets/d"b&.js' : n))
    const page = `<head><meta name="${VIEWS_META}" content="" /></head>`
    const { html } = hook.handler(page, { bundle: bundle as never })
    const content = /content="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&')
    expect(screenFiles(content, '#/policies')).toEqual(['./assets/view.js', './assets/view.css', './assets/list.js', './assets/list.css', './assets/d"b&.js'])
    expect(html).not.toContain('content=""')
    expect(READ_META).toBe(VIEWS_META)
  })

  it('finds the placeholder in index.html and a route for every start screen in the router', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')
    expect(html).toContain(`<meta name="${VIEWS_META}" content="" />`)
    // the placeholder comes before the entry script, which reads it
    expect(html.indexOf(VIEWS_META)).toBeLessThan(html.indexOf('main.ts'))
    const router = readFileSync(new URL('../../../src/renderer/router.ts', import.meta.url), 'utf8')
    const lines = router.split('\n')
    for (const [key, view] of Object.entries(START_VIEWS)) {
      const route = lines.filter((l) => l.includes(`path: '/${key.replace(/\*/g, ':id')}',`))
      expect(route, key).toHaveLength(1)
      expect(route[0], key).toContain(`component: () => import('./views/${view}.vue')`)
    }
    expect(START_VIEWS['briefings/*/print']).toBe('BriefingPrintView')
    expect(router).toContain("{ path: '/', redirect: '/overview' }")
  })
})

describe('screen preload', () => {
  const content = 'overview=./a.js;policies=./p.js,./p.css,./db.js;notes=;briefings/*/print=./print.js,./db.js'
  it('picks the files of the screen in the address', () => {
    expect(screenFiles(content, '#/policies')).toEqual(['./p.js', './p.css', './db.js'])
    expect(screenFiles(content, '#/policies?view=x')).toEqual(['./p.js', './p.css', './db.js'])
    expect(screenFiles(content, '')).toEqual(['./a.js'])
    expect(screenFiles(content, '#/')).toEqual(['./a.js'])
  })

  it("preloads nothing for a record's page, an unknown screen, an empty list or no meta content", () => {
    expect(screenFiles(content, '#/policies/pol-1')).toEqual([])
    expect(screenFiles(content, '#/nowhere')).toEqual([])
    expect(screenFiles(content, '#/notes')).toEqual([])
    expect(screenFiles('', '#/policies')).toEqual([])
    expect(screenFiles(content, '#/polic')).toEqual([])
    expect(screenFiles(content, '#/briefings/brf-1')).toEqual([])
    expect(screenFiles(content, '#/briefings//print')).toEqual([])
    expect(screenFiles(content, '#/briefings/brf-1/print/x')).toEqual([])
  })

  it('matches a star segment to any one segment: the print preview of any briefing', () => {
    expect(screenFiles(content, '#/briefings/brf-1/print')).toEqual(['./print.js', './db.js'])
    expect(screenFiles(content, '#/briefings/abc-2/print?pages=1')).toEqual(['./print.js', './db.js'])
  })
})
