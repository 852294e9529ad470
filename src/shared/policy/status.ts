// A policy's status on any given day, from its dates: not yet issued, issued but not yet in
// force, in force, or past its expiry or validity period. Partial dates are read cautiously:
// a date known only to the year counts from that year's first day and ends on its last.
import { parsePartialDate, partialDateStart } from '../dates/partial-date'
import type { Policy } from '../model/records'

/** `issued`: issued, and no later status is known from the source (not a claim it is in force). */
export type AsOfStatus = 'not_issued' | 'not_yet_effective' | 'issued' | 'in_force' | 'amended' | 'expired' | 'repealed' | 'superseded' | 'draft' | 'unknown'

/** Last millisecond a partial date can mean (end of the year, month or day). */
export function partialDateEnd(s: string | null | undefined): number | null {
  const d = parsePartialDate(s)
  if (!d || d.precision === 'year-or-later') return null
  if (d.precision === 'year') return Date.UTC(d.year + 1, 0, 1) - 1
  if (d.precision === 'month') return Date.UTC(d.year, d.month!, 1) - 1
  return Date.UTC(d.year, d.month! - 1, d.day! + 1) - 1
}

type Dated = Pick<Policy, 'status' | 'issued' | 'effective' | 'expires'> & { validity?: Policy['validity'] }

export function statusAsOf(p: Dated, day: number): AsOfStatus {
  if (p.status === 'draft') return 'draft'
  const issued = partialDateStart(p.issued)
  if (issued !== null && day < issued) return 'not_issued'
  const expires = partialDateStart(p.expires)
  if (expires !== null && day >= expires) {
    return p.status === 'repealed' || p.status === 'superseded' ? p.status : 'expired'
  }
  const validTo = partialDateEnd(p.validity?.to)
  if (validTo !== null && day > validTo) return 'expired'
  const effective = partialDateStart(p.effective)
  if (effective !== null && day < effective) return 'not_yet_effective'
  if (p.status === 'unknown') return issued === null ? 'unknown' : 'issued'
  return p.status
}
