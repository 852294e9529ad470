// Highlight runs: plain text between quotes, overlapping quotes split into runs that name
// every quote covering them, and quotes out of range ignored.
import { describe, expect, it } from 'vitest'
import { segmentText } from '@shared/notes/segments'

const TEXT = '推动通用人工智能创新发展的若干措施'

describe('segmentText', () => {
  it('is one plain run without highlights, and nothing for an empty text', () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: TEXT.length, text: TEXT, ids: [] }])
    expect(segmentText('', [{ id: 'a', start: 0, end: 1 }])).toEqual([])
  })

  it('cuts overlapping and nested quotes into runs that add up to the text', () => {
    const segs = segmentText(TEXT, [
      { id: 'wide', start: 2, end: 12 },
      { id: 'inner', start: 4, end: 8 },
      { id: 'tail', start: 10, end: TEXT.length },
      { id: 'bad', start: 5, end: 99 },
    ])
    expect(segs.map((s) => s.text).join('')).toBe(TEXT)
    expect(segs.map((s) => [s.text, s.ids])).toEqual([
      ['推动', []],
      ['通用', ['wide']],
      ['人工智能', ['inner', 'wide']],
      ['创新', ['wide']],
      ['发展', ['tail', 'wide']], // the shorter quote first
      ['的若干措施', ['tail']],
    ])
  })
})
