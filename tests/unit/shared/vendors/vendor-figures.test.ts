// Figures written the Chinese way, and a vendor's milestones from events and its models.
import { describe, expect, test } from 'vitest'
import { eventSchema, modelSchema } from '@shared/model/records'
import { figureNumber, formatFigure, vendorMilestones } from '@shared/vendors/figures'

const src = [{ sourceId: 'r', chapter: '4.3' }]
describe('figures', () => {
  test('万 and 亿, qualifier in front, unit after', () => {
    expect(figureNumber(10_000)).toBe('1万')
    expect(figureNumber(3_000_000)).toBe('300万')
    expect(figureNumber(7_000_000_000)).toBe('70亿')
    expect(figureNumber(583_000_000)).toBe('5.83亿')
    expect(figureNumber(256)).toBe('256')
    expect(formatFigure({ value: 3_000_000, unit: '个应用', qualifier: '超过' })).toBe('超过300万 个应用')
  })
})

describe('vendor milestones', () => {
  const models = [
    modelSchema.parse({ id: 'mod-a', rev: 1, sources: src, name: 'Qwen-72B', vendorId: 'ven-a', category: 'other', released: '2023-12' }),
    modelSchema.parse({ id: 'mod-b', rev: 1, sources: src, name: 'Qwen-2', vendorId: 'ven-a', category: 'other', released: '2024', milestones: [{ date: '2024-06', title: '更新' }] }),
    modelSchema.parse({ id: 'mod-c', rev: 1, sources: src, name: '他家', vendorId: 'ven-b', category: 'other', released: '2022' }),
  ]
  const events = [eventSchema.parse({ id: 'evt-1', rev: 1, sources: src, date: '2023-12', kind: 'open_source', scope: 'cn', title: '阿里云开源Qwen-72B', vendorId: 'ven-a', modelIds: ['mod-a'] })]
  test('events, releases not covered by an event, and model milestones; oldest first; other vendors left out', () => {
    expect(vendorMilestones('ven-a', models, events).map((m) => [m.date, m.title, m.kind])).toEqual([
      ['2023-12', '阿里云开源Qwen-72B', 'event'],
      ['2024', 'Qwen-2', 'release'],
      ['2024-06', 'Qwen-2：更新', 'milestone'],
    ])
  })
})
