// A timeline selection as editor JSON, appended to a briefing.
import { describe, expect, it } from 'vitest'
import { appendBlocks, policyListBlocks } from '@shared/briefing/policy-list'

const items = [
  { id: 'pol-a', title: '新一代人工智能发展规划', date: '2017年7月8日', docNumber: '国发〔2017〕35号' },
  { id: 'pol-b', title: '北京市支持政策', date: '2023年以来', docNumber: null },
]

describe('policy list blocks', () => {
  it('are a bold lead line and one bullet per policy: title, number, date, a link to the record', () => {
    const [lead, list] = policyListBlocks('时间线选取', items, '查看记录')
    expect(lead).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '时间线选取', marks: [{ type: 'bold' }] }] })
    expect(list!.type).toBe('bulletList')
    const first = list!.content![0]!
    expect(first.type).toBe('listItem')
    expect(first.content![0]!.content).toEqual([
      { type: 'text', text: '《新一代人工智能发展规划》（国发〔2017〕35号），2017年7月8日' },
      { type: 'text', text: '　' },
      { type: 'text', text: '查看记录', marks: [{ type: 'link', attrs: { href: '#/policies/pol-a' } }] },
    ])
    expect(list!.content![1]!.content![0]!.content![0]!.text).toBe('《北京市支持政策》，2023年以来')
  })

  it('carry a live citation of each record when one is given', () => {
    const citation = { refKind: 'policy' as const, refId: 'pol-a', title: '新一代人工智能发展规划', docNumber: null, date: '2017', detail: '国务院', broken: false }
    const [, list] = policyListBlocks('lead', [{ ...items[0]!, citation }], 'open')
    expect(list!.content![0]!.content![0]!.content![1]).toEqual({ type: 'citation', attrs: citation })
  })

  it('end with a note when the list was cut short', () => {
    const blocks = policyListBlocks('lead', items, 'open', '另有 3 条未列出')
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '另有 3 条未列出' }] })
  })

  it('go at the end of the document, replacing a new briefing’s empty line', () => {
    const blocks = policyListBlocks('lead', items, 'open')
    expect(appendBlocks({ type: 'doc', content: [{ type: 'paragraph' }] }, blocks)).toEqual({ type: 'doc', content: blocks })
    const written = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '已有内容' }] }] }
    expect(appendBlocks(written, blocks).content).toEqual([...written.content, ...blocks])
    expect(appendBlocks({}, blocks)).toEqual({ type: 'doc', content: blocks })
  })
})
