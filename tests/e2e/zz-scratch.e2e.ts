import { test } from 'vitest'
import { App } from './harness'
test('scratch', async () => {
  const app = await App.start()
  const page = app.page
  const body = () => page.getByTestId('briefing-body')
  const btn = (n: string) => page.getByRole('toolbar').getByRole('button', { name: n, exact: true })
  for (const wait of [0, 100]) {
    await app.goto('/briefings')
    await page.getByTestId('briefing-new').click()
    await body().waitFor()
    await body().click()
    await btn('H1').click()
    if (wait) await page.waitForTimeout(wait)
    await page.keyboard.type('一、国家')
    console.log(wait, 'a', await body().innerHTML())
    await page.keyboard.press('Enter')
    await page.keyboard.type('甲乙')
    await page.keyboard.press('Enter')
    console.log(wait, 'b', await body().innerHTML())
    await btn('H2').click()
    console.log(wait, 'c', await body().innerHTML(), await page.evaluate(() => JSON.stringify([getSelection()?.anchorNode?.nodeName, getSelection()?.anchorNode?.parentElement?.outerHTML, getSelection()?.anchorOffset])))
    if (wait) await page.waitForTimeout(wait)
    await page.keyboard.type('二、地方')
    console.log(wait, 'd', await body().innerHTML())
  }
  console.log(app.takeErrors())
  await app.close()
})
