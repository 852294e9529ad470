// The comparison and case-file blocks worded in Chinese (what the screen and "加入简报" use):
// enum values named, dates formatted, capabilities labelled, and the blocks still valid.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { bundleSchema, type Bundle } from '@shared/bundle/schema'
import { nodeText } from '@shared/briefing/doc-model'
import { validateDoc } from '@shared/briefing/validate-doc'
import { compare } from '@shared/vendors/compare'
import { comparisonBlocks, vendorProfileBlocks } from '@shared/vendors/profile-blocks'
import { blockWording, capabilityLabel, itemText, rowLabel } from '../../../src/renderer/components/vendors/compare-wording'

const bundle = bundleSchema.parse(JSON.parse(readFileSync(resolve(process.cwd(), 'resources/default-data/bundle.json'), 'utf8'))) as Bundle
const { vendors, models, events, policies } = bundle.records

describe('comparison wording (zh-CN)', () => {
  test('items: enums, answers, dates and releases read as Chinese', () => {
    expect(itemText({ text: 'general', group: 'category' })).toBe('通用大模型')
    expect(itemText({ text: 'private', group: 'deployment' })).toBe('私有化')
    expect(itemText({ text: 'unknown', group: 'answer' })).toBe('未知')
    expect(itemText({ text: '2023-12', group: 'date' })).toBe('2023年12月')
    expect(itemText({ text: 'Qwen-72B', released: true })).toBe('Qwen-72B 发布')
    expect(rowLabel('openSource')).toBe('开源模型')
  })

  test('capabilities are labelled by group and value', () => {
    expect(capabilityLabel({ group: 'category', value: 'general', cells: [] })).toBe('类别：通用大模型')
    expect(capabilityLabel({ group: 'modality', value: '文本', cells: [] })).toBe('模态：文本')
    expect(capabilityLabel({ group: 'openSource', value: 'open', cells: [] })).toBe('开源')
  })

  test('the blocks "加入简报" appends are valid and worded', () => {
    const c = compare('vendors', ['ven-baidu', 'ven-alibaba-cloud'], { vendors, models, events, policies })
    const blocks = comparisonBlocks(c, blockWording('厂商对比：百度、阿里云'), new Map())
    expect(validateDoc({ type: 'doc', content: blocks })).toEqual([])
    expect(nodeText(blocks[0]!)).toBe('厂商对比：百度、阿里云')
    expect(nodeText(blocks[1]!)).toContain('2023年12月 阿里云开源Qwen-72B')
    expect(nodeText(blocks[3]!)).toContain('开源')

    const profile = vendorProfileBlocks(vendors.find((v) => v.id === 'ven-alibaba-cloud')!, models, new Map(), blockWording())
    expect(validateDoc({ type: 'doc', content: profile })).toEqual([])
    expect(nodeText(profile[1]!)).toMatch(/^企业 · 国内。/)
    expect(profile.map(nodeText).join('\n')).toContain('Qwen-72B（其他；开源；2023年12月）')
  })
})
