// `policy-desk bundle build` from spreadsheets: a CSV saved by Chinese Excel (GB18030) and an
// XLSX become valid bundles with the app's header recognition; a bad row stops the build,
// naming the row and the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { encodeGb18030 } from '../../fixtures/gb18030'

const BIN = resolve('bin/policy-desk.mjs')
let dir = ''
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr })
    })
  })
}
const ENVELOPE = ['--publisher-id', 'acme', '--publisher-name', '某研究院', '--sequence', '3']

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-cli-sheet-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('policy-desk bundle build from spreadsheets', { timeout: 120_000 }, () => {
  it('builds from a GB18030 CSV with Chinese headers, and the bundle validates', async () => {
    const csv = '标题,发文机关,发文字号,成文日期,层级,地区,主题,摘要\r\n关于推动人工智能产业发展的若干措施（测试）,某省人民政府,某政发〔2023〕12号,2023年5月30日,省级,浙江,算力、大模型,测试用摘要。\r\n'
    writeFileSync(join(dir, 'policies.csv'), encodeGb18030(csv))
    const built = await cli('bundle', 'build', 'policies.csv', '-o', 'from-csv.json', ...ENVELOPE)
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    const bundle = JSON.parse(readFileSync(join(dir, 'from-csv.json'), 'utf8')) as { records: { policies: Record<string, unknown>[] } }
    expect(bundle.records.policies).toHaveLength(1)
    expect(bundle.records.policies[0]).toMatchObject({ title: '关于推动人工智能产业发展的若干措施（测试）', docNumber: '某政发〔2023〕12号', issued: '2023-05-30', level: 'provincial', regionCode: '330000' })
    expect((await cli('bundle', 'validate', 'from-csv.json')).code).toBe(0)
  })

  it('builds from an XLSX workbook', async () => {
    copyFileSync(resolve('tests/fixtures/policies-sample.xlsx'), join(dir, 'sample.xlsx'))
    const built = await cli('bundle', 'build', 'sample.xlsx', '-o', 'from-xlsx.json', ...ENVELOPE)
    expect(built.code).toBe(0)
    const bundle = JSON.parse(readFileSync(join(dir, 'from-xlsx.json'), 'utf8')) as { records: { policies: { title: string; issued: string | null }[] } }
    expect(bundle.records.policies.map((p) => p.title)).toEqual([
      '浙江省促进人工智能产业发展若干措施（示例）',
      '深圳市加快推动人工智能高质量发展行动方案（示例）',
      '北京市通用人工智能产业创新伙伴计划（示例）',
    ])
    expect(bundle.records.policies.every((p) => p.issued === null || /^\d{4}(-\d{2}){0,2}$/.test(p.issued))).toBe(true)
    expect((await cli('bundle', 'validate', 'from-xlsx.json')).code).toBe(0)
  })

  it('refuses a CSV row with a date that does not exist, naming row and column, and writes nothing', async () => {
    writeFileSync(join(dir, 'bad.csv'), '标题,成文日期,层级\n甲文件,2023-02-30,国家级\n')
    const built = await cli('bundle', 'build', 'bad.csv', '-o', 'bad.json', ...ENVELOPE)
    expect(built.code).toBe(1)
    expect(built.stderr).toMatch(/第 2 行 \/ row 2, 成文日期/)
    expect(existsSync(join(dir, 'bad.json'))).toBe(false)
  })
})
