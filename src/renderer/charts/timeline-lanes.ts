// The timeline's rows: policies grouped by level and region (provinces nesting their cities),
// by issuing body, by province or by topic. A policy sits in every lane it belongs to: a joint
// issuance in each issuer's lane, a policy on two topics in both topic lanes.
import { TOPICS } from '@shared/model/records'
import type { PolicyLite } from '@shared/policy/lite'
import { divisionLevel, PROVINCES, provinceOf } from '@shared/regions/gbt2260'

export type GroupBy = 'level' | 'issuer' | 'region' | 'topic'
export const GROUP_BYS: readonly GroupBy[] = ['level', 'issuer', 'region', 'topic']

export type LaneKind = 'policy' | 'vendor' | 'events'
export interface LaneInfo {
  name: string
  /** A city under its province's lane, drawn indented. */
  nested: boolean
  kind: LaneKind
}

export interface LaneNames {
  national: string
  /** The lanes of policies that name no issuer, or no topic. */
  noIssuer: string
  noTopic: string
  topic: (key: string) => string
}

/**
 * Policy i sits in lanes `members[start[i]]` … `members[start[i + 1] - 1]`: usually one,
 * several for a joint issuance or several topics.
 */
export interface PolicyLanes {
  lanes: LaneInfo[]
  start: Uint32Array
  members: Uint32Array
}

/** One collator for every lane sort (localeCompare with a locale builds one per call). */
const zh = new Intl.Collator('zh-CN').compare
const LEVEL_RANK: Record<string, number> = { national: 0, ministry: 1, provincial: 2, municipal: 3, district: 4 }
const NONE = '∅'

/** National documents, and ministries' documents that name no region, share the national lane. */
export function isNationalLevel(p: PolicyLite): boolean {
  return p.level === 'national' || (p.level === 'ministry' && p.regionCode === null)
}

/** The grouping keys of one policy, and the lanes in order, each with its key. */
interface Grouping {
  keys: (p: PolicyLite) => readonly string[]
  order: (keys: Map<string, KeyStats>) => [string, LaneInfo][]
}
interface KeyStats {
  count: number
  rank: number
  sample: PolicyLite
}

function levelGrouping(names: LaneNames): Grouping {
  return {
    keys: (p) => [isNationalLevel(p) ? NONE : p.regionName],
    order: (stats) => {
      const local = [...stats.entries()]
        .filter(([k]) => k !== NONE)
        .map(([name, s]) => {
          const code = s.sample.regionCode
          return { name, province: provinceOf(code) ?? `~${name}`, nested: code !== null && divisionLevel(code) !== 'province' }
        })
      const provinceLanes = new Set(local.filter((r) => !r.nested).map((r) => r.province))
      local.sort((a, b) => a.province.localeCompare(b.province) || Number(a.nested) - Number(b.nested) || zh(a.name, b.name))
      return [
        [NONE, { name: names.national, nested: false, kind: 'policy' }],
        // A city is indented only under a lane of its own province.
        ...local.map((r): [string, LaneInfo] => [r.name, { name: r.name, nested: r.nested && provinceLanes.has(r.province), kind: 'policy' }]),
      ]
    },
  }
}

function issuerGrouping(names: LaneNames): Grouping {
  return {
    keys: (p) => (p.issuers.length ? p.issuers : [NONE]),
    // Central issuers first, then by how much each issued.
    order: (stats) =>
      [...stats.entries()]
        .sort(([an, a], [bn, b]) => Number(an === NONE) - Number(bn === NONE) || a.rank - b.rank || b.count - a.count || zh(an, bn))
        .map(([k]) => [k, { name: k === NONE ? names.noIssuer : k, nested: false, kind: 'policy' }]),
  }
}

function regionGrouping(names: LaneNames): Grouping {
  return {
    keys: (p) => [isNationalLevel(p) ? NONE : (provinceOf(p.regionCode) ?? `~${p.regionName}`)],
    order: (stats) => [
      [NONE, { name: names.national, nested: false, kind: 'policy' }],
      ...[...stats.keys()]
        .filter((k) => k !== NONE)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k): [string, LaneInfo] => [k, { name: PROVINCES[k] ?? k.slice(1), nested: false, kind: 'policy' }]),
    ],
  }
}

function topicGrouping(names: LaneNames): Grouping {
  const rank = (k: string) => (k === NONE ? TOPICS.length : (TOPICS as readonly string[]).indexOf(k))
  return {
    keys: (p) => (p.topics.length ? p.topics : [NONE]),
    order: (stats) =>
      [...stats.keys()]
        .sort((a, b) => rank(a) - rank(b))
        .map((k) => [k, { name: k === NONE ? names.noTopic : names.topic(k), nested: false, kind: 'policy' }]),
  }
}

const GROUPINGS: Record<GroupBy, (names: LaneNames) => Grouping> = {
  level: levelGrouping,
  issuer: issuerGrouping,
  region: regionGrouping,
  topic: topicGrouping,
}

export function policyLanes(policies: readonly PolicyLite[], groupBy: GroupBy, names: LaneNames): PolicyLanes {
  const grouping = GROUPINGS[groupBy](names)
  const stats = new Map<string, KeyStats>()
  const keysOf: (readonly string[])[] = new Array<readonly string[]>(policies.length)
  let total = 0
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i]!
    const keys = grouping.keys(p)
    keysOf[i] = keys
    total += keys.length
    const rank = LEVEL_RANK[p.level] ?? 9
    for (const k of keys) {
      const s = stats.get(k)
      if (!s) stats.set(k, { count: 1, rank, sample: p })
      else {
        s.count++
        // The lane's sample is its highest-level policy (a province's own document over a city's).
        if (rank < s.rank) Object.assign(s, { rank, sample: p })
      }
    }
  }
  const ordered = grouping.order(stats)
  const index = new Map(ordered.map(([k], i) => [k, i]))
  const start = new Uint32Array(policies.length + 1)
  const members = new Uint32Array(total)
  let at = 0
  for (let i = 0; i < policies.length; i++) {
    start[i] = at
    const keys = keysOf[i]!
    for (let k = 0; k < keys.length; k++) {
      const lane = index.get(keys[k]!)!
      // A key listed twice (the same issuer, the same topic) still puts the policy in its lane once.
      let seen = false
      for (let j = start[i]!; j < at; j++) if (members[j] === lane) seen = true
      if (!seen) members[at++] = lane
    }
  }
  start[policies.length] = at
  return { lanes: ordered.map(([, l]) => l), start, members: members.subarray(0, at) }
}
