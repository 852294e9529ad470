// The browser build: the same renderer, served by `npm run web` and driven by the e2e tests.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { cspPlugin } from './build/csp'
import { startChunksPlugin } from './build/start-chunks'

const version = (JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }).version
const define = { __APP_VERSION__: JSON.stringify(version) }

export default defineConfig({
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'src/shared'),
      '@renderer': resolve(__dirname, 'src/renderer'),
    },
  },
  define,
  plugins: [vue(), cspPlugin({ webFeeds: true }), startChunksPlugin()],
  build: {
    outDir: resolve(__dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
})
