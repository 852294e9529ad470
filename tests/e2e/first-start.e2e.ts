// First start on an empty profile: the default data in Chinese, the timeline chart (drawn,
// labelled, clickable, zoomable), language and theme switches, and a screenshot of every screen.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Page } from 'playwright-core'
import type { Model, Policy, PolicyEvent } from '@shared/model/records'
import { toLite } from '@shared/policy/lite'
import { buildTimelineOption } from '../../src/renderer/charts/timeline-option'
import { zhCN } from '../../src/renderer/i18n/zh-CN'
import { App, ROOT } from './harness'

const bundle = JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as {
  records: { policies: Policy[]; events: PolicyEvent[]; vendors: { id: string; name: string }[]; models: Model[] }
}
const PLAN_ID = 'pol-cn-2017-new-generation-ai-plan'
const PLAN_TITLE = '新一代人工智能发展规划'
const VENDOR_ID = 'ven-baidu'

let app: App
let page: Page

beforeAll(async () => {
  app = await App.start()
  page = app.page
})
afterAll(async () => {
  await app?.close()
})
afterEach(() => {
  expect(app.takeErrors(), 'page errors / console errors').toEqual([])
})

const chart = () => page.getByTestId('timeline-chart')
const canvas = () => page.locator('[data-testid=timeline-chart] canvas').first()

async function openTimeline(): Promise<void> {
  await page.getByTestId('nav-timeline').click()
  await expect.poll(() => page.url()).toContain('#/timeline')
  await canvas().waitFor({ state: 'visible' })
  await settle()
}

/** Two animation frames: ECharts/zrender paints on the next frame after a change. */
async function settle(): Promise<void> {
  await page.evaluate(() => new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok()))))
}

/** Where the chart draws a data point, from the same option the app builds (grid, axis range, lanes). */
async function pointPosition(id: string): Promise<{ x: number; y: number; lanes: number }> {
  const built = buildTimelineOption(
    { policies: bundle.records.policies.map(toLite), events: bundle.records.events, models: bundle.records.models },
    {
      national: zhCN.timeline.national,
      eventsCn: `${zhCN.timeline.events}·${zhCN.origin.cn}`,
      eventsGlobal: `${zhCN.timeline.events}·${zhCN.origin.global}`,
      vendors: zhCN.timeline.vendors,
      noIssuer: zhCN.timeline.noIssuer,
      noTopic: zhCN.timeline.noTopic,
      fmtDate: (s) => s ?? '',
      level: (l) => l,
    },
    { national: '', local: '', event: '', vendor: '', text: '', muted: '', grid: '', focus: '' },
  )
  const { option } = built
  const point = Array.from({ length: built.model.size }, (_, i) => built.point(i)).find((p) => p.id === id)
  if (!point) throw new Error(`${id} is not on the timeline`)
  const box = await chart().boundingBox()
  if (!box) throw new Error('timeline chart has no box')
  const { left, right, top, bottom } = option.grid
  const [min, max] = [option.xAxis.min as number, option.xAxis.max as number]
  const lanes = option.yAxis.data.length
  return {
    x: box.x + left + ((point.value[0] - min) / (max - min)) * (box.width - left - right),
    y: box.y + top + (point.value[1] + 0.5) * ((box.height - top - bottom) / lanes),
    lanes,
  }
}

/** Opaque pixels in each lane's label strip (left of the plot area), read from the canvas. */
async function laneLabelInk(lanes: number): Promise<number[]> {
  return canvas().evaluate(
    (el, { lanes, left, top, bottom }) => {
      const c = el as HTMLCanvasElement
      const dpr = c.width / c.clientWidth
      const ctx = c.getContext('2d')!
      const laneH = (c.clientHeight - top - bottom) / lanes
      const ink: number[] = []
      for (let i = 0; i < lanes; i++) {
        const y0 = Math.round((top + i * laneH + 4) * dpr)
        const h = Math.max(1, Math.round((laneH - 8) * dpr))
        const data = ctx.getImageData(0, y0, Math.round((left - 10) * dpr), h).data
        let n = 0
        for (let p = 3; p < data.length; p += 4) if (data[p]! > 128) n++
        ink.push(n)
      }
      return ink
    },
    { lanes, left: 120, top: 20, bottom: 70 },
  )
}

/** A fingerprint of part of the canvas (or all of it), to tell whether the drawing changed. */
function canvasPixels(region?: { x: number; y: number; w: number; h: number }): Promise<string> {
  return canvas().evaluate((el, r) => {
    const c = el as HTMLCanvasElement
    if (!r) return c.toDataURL()
    const dpr = c.width / c.clientWidth
    const d = c.getContext('2d')!.getImageData(r.x * dpr, r.y * dpr, r.w * dpr, r.h * dpr).data
    let h = 0
    for (let i = 0; i < d.length; i++) h = (Math.imul(h, 31) + d[i]!) | 0
    return `${d.length}:${h}`
  }, region)
}

describe('first start', () => {
  test('an empty profile opens on the overview with the default data in Chinese', async () => {
    await app.goto('/')
    await expect.poll(() => page.url()).toContain('#/overview')
    const overview = page.getByTestId('overview')
    await overview.waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await page.getByTestId('nav-timeline').innerText()).toContain('时间线')
    expect(await overview.locator('h1').innerText()).toContain('概览')
    await expect.poll(() => overview.getByRole('link', { name: PLAN_TITLE }).isVisible()).toBe(true)

    // The policy count shows '…' until every light row has arrived from the worker.
    const { policies, vendors, models, events } = bundle.records
    await expect.poll(async () => (await overview.locator('.stat').allInnerTexts()).map(Number)).toEqual([policies.length, vendors.length, models.length, events.length])

    // every national and local policy is listed
    const local = policies.filter((p) => p.level !== 'national' && p.level !== 'ministry')
    expect(await overview.locator('ul').first().locator('li').count()).toBe(policies.length - local.length)
    expect(await overview.locator('ul').nth(1).locator('li').count()).toBe(local.length)

    // The first start read through Dexie (there was no database to read early); a later start
    // lists the newest policies from open-early.js's own read, the same rows in the same order.
    expect(await page.evaluate(() => performance.getEntriesByName('db:early-rows').length)).toBe(0)
    await app.goto('/policies')
    await page.locator('[data-testid^=policy-row-]').first().waitFor()
    const dexieOrder = await page.locator('[data-testid^=policy-row-]').evaluateAll((rows) => rows.slice(0, 20).map((r) => r.getAttribute('data-testid')))
    await app.reload()
    expect(await page.evaluate(() => performance.getEntriesByName('db:early-rows').length)).toBe(1)
    expect(await page.evaluate(() => document.documentElement.dataset['os'])).toBe('linux')
    expect(dexieOrder.length).toBeGreaterThan(10)
    await expect.poll(() => page.locator('[data-testid^=policy-row-]').evaluateAll((rows) => rows.slice(0, 20).map((r) => r.getAttribute('data-testid')))).toEqual(dexieOrder)
  })

  test('while the scripts load, a plain page shows the name in the chosen language and theme; the shell replaces it', async () => {
    await app.goto('/policies')
    await page.evaluate(() => localStorage.setItem('policy-desk.ui', JSON.stringify({ locale: 'en', theme: 'dark' })))
    let release = () => {}
    const held = new Promise<void>((ok) => (release = ok))
    const entry = /\/assets\/index-[^/]+\.js$/
    let continued: Promise<void> = Promise.resolve()
    await page.route(entry, (route) => (continued = held.then(() => route.continue())))
    try {
      await page.reload({ waitUntil: 'commit' })
      const boot = page.locator('#app > .boot')
      await boot.waitFor()
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset['theme']])).toEqual(['en', 'dark'])
      // (the page's stylesheet may still be loading when the markup is there)
      await expect.poll(() => boot.locator('.brand-name').innerText()).toBe('Policy Desk')
      expect(await boot.getByText('政策观察台').isVisible()).toBe(false)
      await app.screenshot('loading-en-dark')
      release()
      await continued
      await app.ready()
      expect(await page.locator('#app > .boot').count()).toBe(0)
      expect(await page.getByTestId('nav-policies').innerText()).toContain('Policies')
    } finally {
      release()
      await continued
      await page.unroute(entry)
      await page.evaluate(() => localStorage.removeItem('policy-desk.ui'))
    }
    await app.reload()
    expect(await page.getByTestId('nav-policies').innerText()).toContain('政策')
  })

  test('the timeline draws the ECharts canvas with its lanes, and a click on a national point opens the policy', async () => {
    await app.goto('/overview')
    await openTimeline()
    const size = await canvas().evaluate((c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height, cw: c.clientWidth, ch: c.clientHeight }))
    expect(size.w).toBeGreaterThan(300)
    expect(size.h).toBeGreaterThan(200)
    expect(size.cw).toBeGreaterThan(300)
    expect(size.ch).toBeGreaterThan(200)

    // something is drawn, and every lane (国家, each region, the vendors-and-models lane) has a label
    const target = await pointPosition(PLAN_ID)
    expect(target.lanes).toBeGreaterThan(3)
    const ink = await laneLabelInk(target.lanes)
    ink.forEach((n, i) => expect(n, `ink in the label of lane ${i}`).toBeGreaterThan(20))

    // hovering the national 2017 point shows its tooltip (HTML, outside the canvas) …
    await page.mouse.move(target.x, target.y)
    await expect
      .poll(() => chart().locator('div', { hasText: PLAN_TITLE }).last().isVisible().catch(() => false))
      .toBe(true)
    // … and a real click on it opens the policy's page
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => page.url()).toContain(`#/policies/${PLAN_ID}`)
    expect(await page.getByTestId('policy-title').innerText()).toBe(PLAN_TITLE)

    // the list under the chart links to every dated and undated policy
    await openTimeline()
    expect(await page.locator('[data-testid=timeline] table a').count()).toBe(bundle.records.policies.length)
  })

  test('the mouse wheel zooms the timeline', async () => {
    await app.goto('/timeline')
    await canvas().waitFor()
    await settle()
    const box = (await chart().boundingBox())!
    const plot = { x: 130, y: 0, w: box.width - 180, h: box.height }
    const before = await canvasPixels(plot)
    const target = await pointPosition(PLAN_ID)

    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.4)
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -400)
      await settle()
    }
    await expect.poll(() => canvasPixels(plot)).not.toBe(before)

    // zoomed in on 2022–2024: the 2017 point has left its unzoomed place, so nothing opens there
    await page.mouse.click(target.x, target.y)
    await settle()
    expect(page.url()).toContain('#/timeline')
    // the lane labels are still drawn
    const ink = await laneLabelInk(target.lanes)
    ink.forEach((n, i) => expect(n, `ink in the label of lane ${i}`).toBeGreaterThan(20))
  })

  test('language: English and back to Chinese, from the rail and from Settings', async () => {
    await app.goto('/timeline')
    await canvas().waitFor()
    await settle()
    const { lanes } = await pointPosition(PLAN_ID)
    const laneZero = { x: 0, y: 20, w: 110, h: (460 - 90) / lanes }
    const zhLabel = await canvasPixels(laneZero)

    await page.getByTestId('locale-toggle').click()
    await expect.poll(() => page.getByTestId('nav-timeline').innerText()).toContain('Timeline')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('[data-testid=timeline] h1').innerText()).toBe('Policy timeline')
    expect(await page.getByTestId('nav-policies').innerText()).toContain('Policies')
    // the chart redraws its lane labels (国家 → National)
    await expect.poll(() => canvasPixels(laneZero)).not.toBe(zhLabel)
    // the language is remembered across a reload
    await app.reload()
    expect(await page.getByTestId('nav-timeline').innerText()).toContain('Timeline')
    await canvas().waitFor()
    await settle()
    await app.screenshot('timeline-en')

    await page.getByTestId('locale-toggle').click()
    await expect.poll(() => page.getByTestId('nav-timeline').innerText()).toContain('时间线')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    await settle()
    await expect.poll(() => canvasPixels(laneZero)).toBe(zhLabel)

    // the same switch in Settings
    await app.goto('/settings')
    await page.getByTestId('settings-locale').selectOption('en')
    await expect.poll(() => page.getByTestId('nav-settings').innerText()).toContain('Settings')
    expect(await page.locator('[data-testid=settings] h1').innerText()).toBe('Settings')
    await page.getByTestId('settings-locale').selectOption('zh-CN')
    await expect.poll(() => page.getByTestId('nav-settings').innerText()).toContain('设置')
  })

  test('theme: dark and back to light, remembered across a reload', async () => {
    await app.goto('/overview')
    const html = () => page.evaluate(() => document.documentElement.dataset['theme'])
    const bodyBg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await html()).toBe('light')
    const lightBg = await bodyBg()

    await page.getByTestId('theme-toggle').click()
    await expect.poll(html).toBe('dark')
    expect(await bodyBg()).not.toBe(lightBg)
    await app.reload()
    expect(await html()).toBe('dark')
    await app.screenshot('overview-dark')

    await openTimeline()
    await app.screenshot('timeline-dark')
    const darkChart = await canvasPixels()

    await page.getByTestId('theme-toggle').click()
    await expect.poll(html).toBe('light')
    expect(await bodyBg()).toBe(lightBg)
    // the chart follows the theme (its colours come from the CSS variables)
    await expect.poll(() => canvasPixels()).not.toBe(darkChart)
  })

  test('a screenshot of every main screen (light theme)', async () => {
    const shot = async (route: string, name: string, ready: string) => {
      await app.goto(route)
      await page.getByTestId(ready).waitFor({ state: 'visible' })
      await settle()
      await app.screenshot(name)
    }
    await shot('/overview', 'overview', 'overview')
    await app.goto('/timeline')
    await canvas().waitFor()
    await settle()
    await app.screenshot('timeline')
    await shot('/policies', 'policies', `policy-row-${PLAN_ID}`)
    await shot(`/policies/${PLAN_ID}`, 'policy', 'policy-title')
    await shot('/vendors', 'vendors', `vendor-card-${VENDOR_ID}`)
    await shot(`/vendors/${VENDOR_ID}`, 'vendor', 'vendor-name')
    await shot('/briefings', 'briefings-empty', 'briefing-new')

    await page.getByTestId('briefing-new').click()
    await page.getByTestId('new-create').click() // blank briefing
    await page.getByTestId('briefing-title').fill('人工智能政策周报（第一期）')
    await page.getByTestId('briefing-body').click()
    await page.keyboard.type('本期关注国家层面的人工智能规划与地方大模型支持政策。')
    await expect.poll(() => page.getByTestId('briefing-save-state').innerText(), { timeout: 10_000 }).toBe('已保存')
    await app.screenshot('briefing')
    await shot('/briefings', 'briefings', 'briefing-link')
    await shot('/imports', 'imports', 'import-choose')
    await shot('/settings', 'settings', 'settings-locale')
    await expect.poll(() => page.locator('[data-testid=settings] dd .tag').count()).toBeGreaterThan(5)
    await app.screenshot('settings')
  })

  // With the "system" theme (the default), an OS switch to dark must recolour the page, the
  // chart and the rail's theme icon alike.
  test('with the system theme, an OS switch to dark recolours the chart', async () => {
    await app.goto('/settings')
    await page.getByTestId('settings-theme').selectOption('system')
    try {
      await openTimeline()
      const light = await canvasPixels()
      await page.emulateMedia({ colorScheme: 'dark' })
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark')
      await expect.poll(() => page.getByTestId('theme-toggle').getAttribute('data-icon')).toBe('sun')
      await expect.poll(() => canvasPixels()).not.toBe(light)
    } finally {
      await page.emulateMedia({ colorScheme: 'light' })
      await app.goto('/settings')
      await page.getByTestId('settings-theme').selectOption('light')
    }
  })

  test('the harness catches uncaught page errors and console errors', async () => {
    await app.goto('/overview')
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('e2e-probe-uncaught')
      })
      console.error('e2e-probe-console')
    })
    await expect.poll(() => app.errors.length).toBe(2)
    const seen = app.takeErrors().join('\n')
    expect(seen).toContain('e2e-probe-uncaught')
    expect(seen).toContain('e2e-probe-console')
  })
})
