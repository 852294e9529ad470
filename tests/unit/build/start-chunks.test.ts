// The start chunks (entry, boot chunks and what they import) begin with V8's compile hint,
// after everything Vite adds to them, and the page preloads them with their styles.
import { describe, expect, it } from 'vitest'
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite'
import { COMPILE_HINT, startChunks, startChunksPlugin, type ChunkLike } from '../../../build/start-chunks'

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
    'assets/view.js': chunk('assets/view.js', ['/p/src/renderer/views/PoliciesView.vue'], ['assets/framework.js']),
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
    const hook = plugin.transformIndexHtml as { order: string; handler: (html: string, ctx: Partial<IndexHtmlTransformContext>) => HtmlTagDescriptor[] }
    expect(hook.order).toBe('post')
    const tags = hook.handler('<html></html>', { bundle: sample() as never })
    expect(tags.map((t) => [t.attrs!['rel'], t.attrs!['href']])).toEqual([
      ['modulepreload', './assets/framework.js'],
      ['stylesheet', './assets/app.css'],
      ['modulepreload', './assets/app.js'],
      ['modulepreload', './assets/shared.js'],
    ])
    expect(hook.handler('<html></html>', {})).toEqual([])
  })
})
