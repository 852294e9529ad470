// Both languages carry every message, and missing keys show as the key, not as blank.
import { describe, expect, it } from 'vitest'
import { zhCN } from '../../../src/renderer/i18n/zh-CN'
import { en } from '../../../src/renderer/i18n/en'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`)))
}

describe('i18n catalogs', () => {
  it('have the same keys in zh-CN and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })
  it('have Chinese text in zh-CN and no Chinese in English', () => {
    expect(zhCN.nav.timeline).toBe('时间线')
    const cjk = /[\u4e00-\u9fff]/
    const leaked = keys(en).filter((k) => cjk.test(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en) as string))
    expect(leaked).toEqual([])
  })
})
