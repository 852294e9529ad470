// The end-to-end harness: serves the browser build (dist-web) on a free local port and drives
// it in Debian's Chromium through playwright-core, with a persistent profile so IndexedDB
// survives reloads and real browser restarts. Page errors and console errors are collected
// for every page the harness opens, so each test can assert that none happened.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '')
export const DIST = join(ROOT, 'dist-web')
export const ARTIFACTS = join(ROOT, 'artifacts')
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots')

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

type ServeWeb = { startServer: (o: { root: string; port: number; host: string }) => Promise<Server> }

export interface CollectedError {
  kind: 'pageerror' | 'console' | 'crash'
  text: string
  url: string
}

export interface AppOptions {
  /** Scripts run in every page before the app's own, in this session and after restarts. */
  initScripts?: string[]
  /** Let downloads complete so a test can read them (`page.waitForEvent('download')`). */
  acceptDownloads?: boolean
}

export class App {
  readonly errors: CollectedError[] = []
  context!: BrowserContext
  page!: Page
  private closed = false

  private constructor(
    readonly baseUrl: string,
    readonly userDataDir: string,
    private readonly server: Server,
    private readonly options: AppOptions,
  ) {}

  /** Serves dist-web, creates a fresh profile directory and opens the browser on it. */
  static async start(options: AppOptions = {}): Promise<App> {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error(`dist-web/index.html is missing (${DIST}): run npm run build:web first`)
    }
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`)
    // The same server `npm run web` uses, with the app's CSP; port 0 lets the OS pick a free one.
    const { startServer } = (await import(pathToFileURL(join(ROOT, 'scripts/serve-web.mjs')).href)) as ServeWeb
    const server = await startServer({ root: DIST, port: 0, host: '127.0.0.1' })
    const { port } = server.address() as AddressInfo
    const userDataDir = await mkdtemp(join(tmpdir(), 'policy-desk-e2e-'))
    const app = new App(`http://127.0.0.1:${port}/`, userDataDir, server, options)
    await app.launch()
    return app
  }

  private async launch(): Promise<void> {
    this.context = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1360, height: 880 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      colorScheme: 'light',
      acceptDownloads: this.options.acceptDownloads ?? false,
    })
    this.context.setDefaultTimeout(15_000)
    for (const script of this.options.initScripts ?? []) await this.context.addInitScript(script)
    this.context.on('page', (p) => this.watch(p))
    for (const p of this.context.pages()) this.watch(p)
    this.page = this.context.pages()[0] ?? (await this.context.newPage())
  }

  private watch(page: Page): void {
    page.on('pageerror', (err) => this.errors.push({ kind: 'pageerror', text: err.stack ?? err.message, url: page.url() }))
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push({ kind: 'console', text: msg.text(), url: page.url() })
    })
    page.on('crash', () => this.errors.push({ kind: 'crash', text: 'page crashed', url: page.url() }))
  }

  /** Opens a screen by its hash route ('/timeline', '/policies/<id>') and waits for the app shell. */
  async goto(route = '/overview'): Promise<Page> {
    await this.page.goto(`${this.baseUrl}#${route}`)
    await this.ready()
    return this.page
  }

  /** Reloads the current page and waits for the app shell. */
  async reload(): Promise<Page> {
    await this.page.reload()
    await this.ready()
    return this.page
  }

  /** Waits until the records are loaded and a screen is shown (the "loading" line is gone). */
  async ready(): Promise<void> {
    await this.page.locator('main.content > section[data-testid]').first().waitFor({ state: 'visible' })
  }

  /** Closes the whole browser and starts it again on the same profile directory. */
  async restart(): Promise<Page> {
    const url = this.page.url()
    await this.context.close()
    await this.launch()
    await this.page.goto(url)
    await this.ready()
    return this.page
  }

  async screenshot(name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
    await mkdir(SCREENSHOTS, { recursive: true })
    const path = join(SCREENSHOTS, `${name}.png`)
    await this.page.screenshot({ path, fullPage: opts.fullPage ?? false, animations: 'disabled' })
    return path
  }

  /** The errors collected so far, as readable lines; clears the list. */
  takeErrors(): string[] {
    return this.errors.splice(0).map((e) => `[${e.kind}] ${e.url}: ${e.text}`)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.context?.close().catch(() => undefined)
    const closing = new Promise<void>((ok) => this.server.close(() => ok()))
    this.server.closeAllConnections()
    await closing
    await rm(this.userDataDir, { recursive: true, force: true }).catch(() => undefined)
  }
}

/** The number shown at the end of a count tag such as "新增 1". */
/**
 * Drags across the whole plot of the timeline chart after Brush is switched on (grid insets:
 * left 120, right 40), and waits for the selection banner.
 */
export async function brushAcrossTimeline(page: Page): Promise<void> {
  await page.getByTestId('timeline-brush').click()
  const box = (await page.getByTestId('timeline-chart').boundingBox())!
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + 125, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, y, { steps: 5 })
  await page.mouse.move(box.x + box.width - 45, y, { steps: 5 })
  await page.mouse.up()
  await page.getByTestId('timeline-selection').waitFor()
}

export function trailingNumber(text: string | null): number {
  const m = /(\d+)\s*$/.exec(text ?? '')
  if (!m) throw new Error(`no trailing number in ${JSON.stringify(text)}`)
  return Number(m[1])
}

/**
 * Starts one browser for a test file and checks after each test that the page logged no
 * errors. Read `session.app` inside tests (it exists once beforeAll has run).
 */
export function useApp(options: AppOptions = {}): { readonly app: App } {
  let app: App | null = null
  beforeAll(async () => {
    app = await App.start(options)
  })
  afterAll(async () => {
    await app?.close()
  })
  afterEach(() => {
    expect(app?.takeErrors(), 'page errors / console errors').toEqual([])
  })
  return {
    get app(): App {
      if (!app) throw new Error('the app has not started yet')
      return app
    },
  }
}
