// Production build of the benchmark pages (bench/pages/*.html) into dist-bench/, served next to
// the app's dist-web on one origin by bench/serve.mjs so they share the app's IndexedDB.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const pages = ['seed', 'hello', 'baselines', 'imports', 'backup', 'briefing-editor', 'briefing-pdf']

export default defineConfig({
  root: resolve(__dirname, 'bench/pages'),
  base: './',
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared'), '@renderer': resolve(__dirname, 'src/renderer') } },
  define: { __APP_VERSION__: JSON.stringify('bench') },
  // the briefing-editor page mounts the app's own BriefingEditor.vue
  plugins: [vue()],
  logLevel: 'error',
  build: {
    outDir: resolve(__dirname, 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(__dirname, `bench/pages/${p}.html`)])),
      // zod's sources carry comments Rollup cannot place; harmless, and noise in the bench log.
      onwarn: (w, warn) => (w.code === 'INVALID_ANNOTATION' ? undefined : warn(w)),
    },
  },
})
