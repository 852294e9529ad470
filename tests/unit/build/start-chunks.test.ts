// The start-up chunk must begin with V8's compile hint, after everything Vite adds to it.
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHintsPlugin } from '../../../build/compile-hints'

type Handler = (options: unknown, bundle: Record<string, unknown>) => void

describe('compile hints plugin', () => {
  it('puts the hint first in entry chunks only, once, after the other plugins', () => {
    const hook = compileHintsPlugin().generateBundle as { order: string; handler: Handler }
    expect(hook.order).toBe('post')
    const bundle = {
      'index.js': { type: 'chunk', isEntry: true, code: 'const __vite__mapDeps=1;import"x";' },
      'view.js': { type: 'chunk', isEntry: false, code: 'export const v=1' },
      'style.css': { type: 'asset', source: 'a{}' },
    }
    hook.handler({}, bundle)
    hook.handler({}, bundle)
    expect(bundle['index.js'].code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;import"x";`)
    expect(bundle['view.js'].code).toBe('export const v=1')
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n')
  })
})
