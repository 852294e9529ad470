// Marks the start-up chunk for eager compilation (V8's explicit compile hints, Chromium 136+):
// with `//# allFunctionsCalledOnLoad` at its top, V8 compiles every function of the chunk on
// the background thread that already parses it, instead of compiling each lazily on the UI
// thread the first time it runs while the app starts.
import type { Plugin } from 'vite'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

export function compileHintsPlugin(): Plugin {
  return {
    name: 'policy-desk-compile-hints',
    apply: 'build',
    enforce: 'post',
    // after Vite's own generateBundle, which puts its preload map at the top of the chunk
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code
        }
      },
    },
  }
}
