// Cell text to enum values: levels (国家级、部委、省级、市级、区县), statuses and topics, in
// Chinese as analysts write them or as the app's English enum names.
import { POLICY_LEVELS, POLICY_STATUSES, TOPICS, type Policy } from '../model/records'
import { divisionLevel } from '../regions/gbt2260'

type Level = Policy['level']
type Status = Policy['status']
type Topic = Policy['topics'][number]

const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

function table<T extends string>(enumValues: readonly T[], entries: Array<[T, string[]]>): ReadonlyMap<string, T> {
  const m = new Map<string, T>(enumValues.map((v) => [v, v]))
  for (const [value, names] of entries) for (const n of names) m.set(key(n), value)
  return m
}

const LEVELS = table<Level>(POLICY_LEVELS, [
  ['national', ['国家', '国家级', '中央', '全国', '国务院', '中央级']],
  ['ministry', ['部委', '部委级', '部门', '国家部委', '部门规章', '部级']],
  ['provincial', ['省', '省级', '省级地方', '省市', '自治区', '直辖市']],
  ['municipal', ['市', '市级', '地市', '地市级', '城市', '设区的市']],
  ['district', ['区县', '区县级', '县级', '区级', '县', '区', '县区']],
])

const STATUSES = table<Status>(POLICY_STATUSES, [
  ['draft', ['征求意见稿', '草案', '征求意见', '草稿']],
  ['in_force', ['现行有效', '有效', '现行', '生效', '施行', '已生效']],
  ['amended', ['已修订', '修订', '已修改', '已修正']],
  ['superseded', ['已被替代', '被替代', '已替代']],
  ['repealed', ['已废止', '废止']],
  ['expired', ['已失效', '失效', '过期', '已过期']],
  ['unknown', ['未知', '状态未知', '不详']],
])

const TOPIC_NAMES = table<Topic>(TOPICS, [
  ['compute', ['算力', '算力基础设施', '计算']],
  ['data', ['数据', '数据要素', '语料']],
  ['models', ['模型', '大模型', '通用大模型']],
  ['open_source', ['开源', '开源生态']],
  ['applications', ['应用', '行业应用', '场景', '场景应用', '场景创新']],
  ['safety_governance', ['安全治理', '安全', '治理', '伦理', '监管']],
  ['talent', ['人才', '人才培养']],
  ['funding', ['资金', '资金支持', '金融', '投融资', '补贴']],
  ['ecosystem', ['生态', '产业生态', '产业']],
  ['innovation', ['创新', '技术创新', '科技创新', '研发']],
])

export const parseLevel = (s: string): Level | null => LEVELS.get(key(s)) ?? null
export const parseStatus = (s: string): Status | null => STATUSES.get(key(s)) ?? null
export const parseTopic = (s: string): Topic | null => TOPIC_NAMES.get(key(s)) ?? null

/** The level a region implies when the sheet gives none. */
export function levelOfRegion(code: string | null): Level {
  if (code === null) return 'national'
  const d = divisionLevel(code)
  return d === 'province' ? 'provincial' : d === 'city' ? 'municipal' : 'district'
}

/** Splits a list cell on 、，,；; and line breaks. */
export function splitList(s: string): string[] {
  return s
    .split(/[、，,；;\n\r|]+/)
    .map((x) => x.trim())
    .filter(Boolean)
}

/** Untrusted text: control characters and bidirectional overrides removed; line breaks kept only when asked. */
export function cleanText(s: string, keepLines = false): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const ctrl = keepLines ? /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g : /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
  const out = s.replace(/\r\n?/g, '\n').replace(ctrl, keepLines ? '' : ' ')
  return keepLines ? out.trim() : out.replace(/\s+/g, ' ').trim()
}
