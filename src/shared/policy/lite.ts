// The light form of a policy the renderer keeps for every record: what lists, facets, the
// timeline and the overview charts need, without the long text (summary, measures, full text),
// which is read by id when a record is opened. At 100,000 policies this is what stays in memory.
import type { Policy } from '../model/records'

export const GIST_LENGTH = 80

export type PolicyLite = Pick<
  Policy,
  | 'id'
  | 'title'
  | 'aliases'
  | 'level'
  | 'regionCode'
  | 'regionName'
  | 'issuers'
  | 'docNumber'
  | 'docType'
  | 'issued'
  | 'published'
  | 'effective'
  | 'expires'
  | 'validity'
  | 'commentPeriod'
  | 'status'
  | 'topics'
  | 'relations'
> & {
  /** The start of the summary (at most GIST_LENGTH characters), for tooltips and list rows. */
  gist: string
}

export function toLite(p: Policy): PolicyLite {
  return {
    id: p.id,
    title: p.title,
    aliases: p.aliases,
    level: p.level,
    regionCode: p.regionCode,
    regionName: p.regionName,
    issuers: p.issuers,
    docNumber: p.docNumber,
    docType: p.docType,
    issued: p.issued,
    published: p.published,
    effective: p.effective,
    expires: p.expires,
    validity: p.validity,
    // Records stored before the field existed have none.
    commentPeriod: p.commentPeriod ?? null,
    status: p.status,
    topics: p.topics,
    relations: p.relations,
    gist: p.summary.length > GIST_LENGTH ? p.summary.slice(0, GIST_LENGTH - 1) + '…' : p.summary,
  }
}
