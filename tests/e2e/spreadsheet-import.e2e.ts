// Spreadsheet imports in the browser build: a real XLSX (a title row above Chinese headers, a
// date-formatted cell, a bad date) is mapped (pre-filled, one column changed by hand),
// previewed, applied and listed; a row repeating a default policy by title and date becomes a
// change of it; the same file again adds nothing and reuses the remembered mapping after a
// reload; a CSV row repeating an imported policy by document number becomes a change of it;
// a GB18030 CSV as Excel/WPS save it is read once the shared reader decodes GB18030.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { encodeGb18030 } from '../fixtures/gb18030'
import { buildXlsx } from '../fixtures/xlsx-fixture'
import { ROOT, trailingNumber, useApp } from './harness'

const defaultPolicies = (JSON.parse(readFileSync(join(ROOT, 'resources/default-data/bundle.json'), 'utf8')) as { records: { policies: unknown[] } }).records.policies.length
const dir = mkdtempSync(join(tmpdir(), 'policy-desk-sheets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ZJ = '浙江省人工智能产业发展若干措施（测试）'
const SZ = '深圳市人工智能应用场景开放方案（测试）'
const SZ_SUMMARY = '面向城市治理开放一批人工智能应用场景。'
const files = {
  xlsx: join(dir, '政策清单.xlsx'),
  csv: join(dir, '补充.csv'),
  gb: join(dir, '地方政策-GB18030.csv'),
}
writeFileSync(
  files.xlsx,
  buildXlsx([
    {
      name: '政策',
      rows: [
        ['2023年人工智能政策汇总（测试）'],
        ['序号', '*标题', '发文机关', '发文字号', '成文日期', '发布日期', '层级', '地区', '状态', '主题', '内容简介'],
        [1, '新一代人工智能发展规划', '国务院', '国发〔2017〕35号', { date: '2017-07-08' }, '2017年7月20日', '国家级', '全国', '现行有效', '', ''],
        [2, ZJ, '浙江省人民政府办公厅', '浙政办发〔2023〕31号', { date: '2023-05-30' }, '2023/6/2', '省级', '浙江', '现行有效', '算力、大模型', '算力券与模型应用。'],
        [3, SZ, '深圳市人民政府办公厅', '', { date: '2023-05-09' }, '', '', '深圳市', '', '行业应用', SZ_SUMMARY],
        [4, '某市错误日期的通知（测试）', '某市人民政府', '', '', '2023年2月30日', '市级', '杭州', '', '', ''],
      ],
    },
    { name: '说明', rows: [['本表为测试数据']] },
  ]),
)
const CSV_ROWS = '标题,发文机关,文号,成文日期,级别,省份,状态\r\n浙江省人工智能产业发展若干措施（测试，修订）,浙江省人民政府办公厅,浙政办发[2023]31号,2023-05-30,省级,浙江省,已修订\r\n'
writeFileSync(files.csv, '\ufeff' + CSV_ROWS)
const GB_TEXT = '标题,发文机关,文号,成文日期,级别,省份\r\n安徽省通用人工智能创新发展三年行动计划（测试）,安徽省人民政府,皖政〔2023〕1号,2023年9月1日,省级,安徽省\r\n'
writeFileSync(files.gb, encodeGb18030(GB_TEXT))

const session = useApp()
const page = () => session.app.page

async function choose(path: string): Promise<void> {
  const [chooser] = await Promise.all([page().waitForEvent('filechooser'), page().getByTestId('import-choose').click()])
  await chooser.setFiles(path)
}
const count = async (action: string) => trailingNumber(await page().getByTestId(`count-${action}`).innerText())
const field = (col: number) => page().getByTestId(`sheet-field-${col}`)
async function policyCount(): Promise<number> {
  await session.app.goto('/policies')
  await page().getByTestId('policy-count').waitFor()
  return trailingNumber((await page().getByTestId('policy-count').innerText()).replace(/\D+$/, ''))
}
async function preview(): Promise<void> {
  await page().getByTestId('sheet-preview').click()
  await page().getByTestId('import-preview').waitFor()
}

describe('spreadsheet import', () => {
  test('an XLSX is mapped, previewed, applied and listed; a bad date is reported by row and column', async () => {
    expect(await policyCount()).toBe(defaultPolicies)
    await session.app.goto('/imports')
    await choose(files.xlsx)
    await page().getByTestId('sheet-mapping').waitFor()
    expect(await page().getByTestId('sheet-picker').inputValue()).toBe('政策')
    expect(await page().getByTestId('sheet-row-count').innerText()).toContain('共 4 行数据，表头在第 2 行')
    expect(await page().getByTestId('sheet-remembered').count()).toBe(0)
    // another sheet of the workbook, then back
    await page().getByTestId('sheet-picker').selectOption('说明')
    await expect.poll(() => page().getByTestId('sheet-row-count').innerText()).toContain('共 0 行数据')
    expect(await page().getByTestId('sheet-preview').isDisabled()).toBe(true)
    await page().getByTestId('sheet-picker').selectOption('政策')
    await expect.poll(() => page().getByTestId('sheet-row-count').innerText()).toContain('共 4 行数据')
    const prefilled = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => field(i).inputValue()))
    expect(prefilled).toEqual(['', 'title', 'issuers', 'docNumber', 'issued', 'published', 'level', 'region', 'status', 'topics', ''])
    expect(await page().getByTestId('sheet-col-4').innerText()).toContain('2017-07-08')
    await field(10).selectOption('summary')
    await app().screenshot('sheet-mapping')

    await preview()
    expect(await count('add')).toBe(2)
    expect(await count('change')).toBe(1)
    const changed = page().getByTestId('import-preview').locator('tbody tr').filter({ hasText: '新一代人工智能发展规划' })
    expect(await changed.locator('li span[title]').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(expect.arrayContaining(['docNumber', 'issued', 'published']))
    expect(await page().getByTestId('sheet-match-3').innerText()).toContain('pol-cn-2017-new-generation-ai-plan')
    const bad = page().getByTestId('sheet-issue-6')
    expect(await bad.innerText()).toMatch(/6\s+发布日期\s+.*no such day: 2023-02-30/)
    await page().getByTestId('sheet-issues').scrollIntoViewIfNeeded()
    await app().screenshot('sheet-mapping-issues')
    await page().getByTestId('import-preview').scrollIntoViewIfNeeded()
    await app().screenshot('sheet-mapping-preview')

    await page().getByTestId('import-apply').click()
    await page().getByTestId('import-applied').waitFor()
    expect(await page().getByTestId('sheet-mapping').count()).toBe(0)
    expect(await policyCount()).toBe(defaultPolicies + 2)
    await page().locator('[data-testid^=policy-row-]').filter({ hasText: SZ }).click()
    expect(await page().getByTestId('policy-title').innerText()).toBe(SZ)
    expect(await page().getByTestId('policy-summary').innerText()).toBe(SZ_SUMMARY)
  })

  test('the same XLSX after a reload: the mapping is remembered and nothing is added or changed', async () => {
    await session.app.goto('/imports')
    await session.app.reload()
    await choose(files.xlsx)
    await page().getByTestId('sheet-remembered').waitFor()
    expect(await field(10).inputValue()).toBe('summary')
    await preview()
    expect(await count('add')).toBe(0)
    expect(await count('change')).toBe(0)
    expect(await count('unchanged')).toBe(3)
    expect(await page().getByTestId('import-apply').isDisabled()).toBe(true)
    // the step in the dark theme, for a look
    await page().getByTestId('theme-toggle').click()
    await page().getByTestId('sheet-mapping').scrollIntoViewIfNeeded()
    await app().screenshot('sheet-mapping-dark')
    await page().getByTestId('theme-toggle').click()
  })

  test('a CSV row with the same document number in another spelling changes the stored policy', async () => {
    await session.app.goto('/imports')
    await choose(files.csv)
    await page().getByTestId('sheet-mapping').waitFor()
    expect(await field(2).inputValue()).toBe('docNumber')
    expect(await field(4).inputValue()).toBe('level')
    await preview()
    expect(await count('add')).toBe(0)
    expect(await count('change')).toBe(1)
    expect(await page().getByTestId('sheet-match-2').innerText()).toContain('发文字号相同')
    await page().getByTestId('import-apply').click()
    await page().getByTestId('import-applied').waitFor()
    expect(await policyCount()).toBe(defaultPolicies + 2)
    expect(await page().locator('[data-testid^=policy-row-]').filter({ hasText: '（测试，修订）' }).count()).toBe(1)
  })

  test('a GB18030 CSV as Excel/WPS save it is read and imported', async () => {
    await session.app.goto('/imports')
    await choose(files.gb)
    await page().getByTestId('sheet-mapping').waitFor()
    expect(await field(0).inputValue()).toBe('title')
    expect(await page().getByTestId('sheet-col-0').innerText()).toContain('安徽省通用人工智能创新发展三年行动计划（测试）')
    await preview()
    expect(await count('add')).toBe(1)
    await page().getByTestId('import-apply').click()
    await page().getByTestId('import-applied').waitFor()
    expect(await policyCount()).toBe(defaultPolicies + 3)
  })
})

const app = () => session.app
