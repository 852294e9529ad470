// Header recognition: Chinese and English names, tolerant of spaces, full-width forms and
// required-markers; unknown and hostile headers are ignored; signatures ignore column order.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guessMapping, headerSignature, normaliseHeader, recogniseHeader } from '../../../src/shared/spreadsheet/headers'

describe('recogniseHeader', () => {
  it('knows the common Chinese headers', () => {
    const cases: Record<string, string> = {
      标题: 'title', 文件名称: 'title', 政策名称: 'title', 简称: 'aliases', 别名: 'aliases', 发文机关: 'issuers', 发文单位: 'issuers',
      发布机构: 'issuers', 发文字号: 'docNumber', 文号: 'docNumber', 成文日期: 'issued', 发布日期: 'published', 施行日期: 'effective',
      生效日期: 'effective', 废止日期: 'expires', 失效日期: 'expires', 层级: 'level', 级别: 'level', 地区: 'region', 省份: 'region',
      城市: 'region', 文种: 'docType', 类型: 'docType', 状态: 'status', 主题: 'topics', 标签: 'topics', 摘要: 'summary', 要点: 'keyMeasures',
      主要措施: 'keyMeasures', 全文: 'fullText', 链接: 'links', 网址: 'links', 来源链接: 'links',
    }
    for (const [h, f] of Object.entries(cases)) expect(recogniseHeader(h), h).toBe(f)
  })
  it('tolerates spaces, full-width forms, * markers and notes in brackets', () => {
    expect(recogniseHeader(' 标 题 ')).toBe('title')
    expect(recogniseHeader('*标题')).toBe('title')
    expect(recogniseHeader('标题＊')).toBe('title')
    expect(recogniseHeader('发布日期（必填）')).toBe('published')
    expect(recogniseHeader('Ｔｉｔｌｅ')).toBe('title')
    expect(recogniseHeader('Doc Number')).toBe('docNumber')
    expect(recogniseHeader('简称/别名')).toBe('aliases')
  })
  it('ignores unknown and hostile headers', () => {
    for (const h of ['__proto__', 'constructor', 'prototype', 'toString', '备注', '']) expect(recogniseHeader(h), h).toBeNull()
  })
})

describe('guessMapping', () => {
  it('maps each field once, the first column wins', () => {
    expect(guessMapping(['序号', '标题', '文件名称', '发文字号', '__proto__'])).toEqual([null, 'title', null, 'docNumber', null])
  })
})

const decorate = fc.tuple(fc.constantFrom('', ' ', '*', '＊', '　'), fc.constantFrom('', ' ', '*', '（必填）'))
const known = fc.constantFrom('标题', '发文机关', '发文字号', '成文日期', '发布日期', '层级', '地区', '状态', '主题', '摘要', '链接', 'Title', 'Summary')

describe('properties', () => {
  it('normalising is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => {
        expect(normaliseHeader(normaliseHeader(s))).toBe(normaliseHeader(s))
      }),
    )
  })
  it('decorations never change what a known header means', () => {
    fc.assert(fc.property(known, decorate, (h, [pre, post]) => {
        expect(recogniseHeader(pre + h + post)).toBe(recogniseHeader(h))
      }),
    )
  })
  it('the signature does not depend on column order or decoration', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(['标题', '发文字号', '成文日期', '地区', '备注'], { minLength: 1 }), (cols) => {
        const sorted = [...cols].sort()
        expect(headerSignature(cols)).toBe(headerSignature(sorted.map((c) => ` ${c}*`)))
      }),
    )
  })
})
