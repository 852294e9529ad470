// Document numbers, status as of a date, region roll-up and two-way relations.
import { describe, expect, it } from 'vitest'
import { docNumberKey, parseDocNumber } from '@shared/policy/doc-number'
import { partialDateEnd, statusAsOf } from '@shared/policy/status'
import { relationsOf } from '@shared/policy/relations'
import { divisionLevel, provinceName, provinceOf } from '@shared/regions/gbt2260'
import { policySchema } from '@shared/model/records'

describe('document numbers', () => {
  it('treats 〔〕, [], （）, () and 【】 spellings as one number', () => {
    const spellings = ['国发〔2017〕35号', '国发[2017]35号', '国发（2017）35号', '国发(2017)35号', '国发【2017】35号', ' 国发 〔２０１７〕 第35号 ']
    for (const s of spellings) expect(docNumberKey(s), s).toBe('国发〔2017〕35号')
    expect(parseDocNumber('工信部联科〔2023〕8号')).toEqual({ prefix: '工信部联科', year: 2023, serial: 8, normalized: '工信部联科〔2023〕8号' })
  })
  it('keeps different numbers apart and refuses nonsense', () => {
    expect(docNumberKey('国发〔2017〕35号')).not.toBe(docNumberKey('国发〔2017〕36号'))
    expect(docNumberKey('国发〔2017〕35号')).not.toBe(docNumberKey('国办发〔2017〕35号'))
    expect(parseDocNumber('国发〔17〕35号')).toBeNull()
    expect(parseDocNumber('35号')).toBeNull()
    expect(docNumberKey('  ')).toBeNull()
    expect(docNumberKey('内部文件 A-7')).toBe('内部文件A-7')
  })
})

describe('status as of a date', () => {
  const base = { status: 'unknown' as const, issued: '2023-05', effective: '2023-07-01', expires: null, validity: null }
  const day = (s: string) => Date.parse(s + 'T12:00:00Z')
  it('follows the dates: not issued, issued but not in force, then issued', () => {
    expect(statusAsOf(base, day('2023-04-30'))).toBe('not_issued')
    expect(statusAsOf(base, day('2023-06-15'))).toBe('not_yet_effective')
    expect(statusAsOf(base, day('2024-01-01'))).toBe('issued')
    expect(statusAsOf({ ...base, status: 'in_force' }, day('2024-01-01'))).toBe('in_force')
  })
  it('ends with the expiry date or the end of the validity period', () => {
    expect(statusAsOf({ ...base, expires: '2025-01-01' }, day('2025-01-01'))).toBe('expired')
    expect(statusAsOf({ ...base, status: 'repealed', expires: '2025-01' }, day('2025-02-01'))).toBe('repealed')
    const plan = { ...base, effective: null, validity: { from: '2023', to: '2025' } }
    expect(statusAsOf(plan, day('2025-12-31'))).toBe('issued')
    expect(statusAsOf(plan, day('2026-01-01'))).toBe('expired')
  })
  it('does not claim more than it knows', () => {
    expect(statusAsOf({ ...base, issued: null, effective: null }, day('2024-01-01'))).toBe('unknown')
    expect(statusAsOf({ ...base, status: 'draft' }, day('2024-01-01'))).toBe('draft')
    expect(partialDateEnd('2024-02')).toBe(Date.UTC(2024, 2, 1) - 1)
    expect(partialDateEnd('2023+')).toBeNull()
  })
})

describe('regions', () => {
  it('rolls a city up to its province', () => {
    expect(provinceOf('440300')).toBe('440000')
    expect(provinceName('440300')).toBe('广东省')
    expect(provinceName('510100')).toBe('四川省')
    expect(provinceName('330100')).toBe('浙江省')
    expect(provinceOf('990000')).toBeNull()
    expect(divisionLevel('110000')).toBe('province')
    expect(divisionLevel('440300')).toBe('city')
    expect(divisionLevel('110105')).toBe('county')
  })
})

describe('relations', () => {
  it('are read from the record that holds them and shown on the other side too', () => {
    const policies = [
      { id: 'a', relations: [] },
      { id: 'b', relations: [{ type: 'implements' as const, targetId: 'a' }] },
    ]
    expect(relationsOf('a', policies)).toEqual([{ type: 'implements', direction: 'in', otherId: 'b' }])
    expect(relationsOf('b', policies)).toEqual([{ type: 'implements', direction: 'out', otherId: 'a' }])
  })
  it('validate a validity period that ends before it starts, naming the field', () => {
    const res = policySchema.shape.validity.safeParse({ from: '2025', to: '2023' })
    expect(res.success).toBe(false)
    if (!res.success) expect(res.error.issues[0]!.path).toEqual(['to'])
  })
  it('compare period ends at the precision both give', () => {
    const period = policySchema.shape.commentPeriod
    expect(period.safeParse({ from: '2023-05', to: '2023' }).success).toBe(true)
    expect(period.safeParse({ from: '2023-05-10', to: '2023-04-11' }).success).toBe(false)
    expect(period.safeParse({ from: '2023+', to: '2024' }).success).toBe(true)
    expect(period.parse(null)).toBeNull()
  })
})
