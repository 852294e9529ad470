// Region names as people write them (北京、北京市、广东省深圳市、深圳) to GB/T 2260 codes: the
// provinces of gbt2260.ts plus the cities most policies come from. Codes work for any division.
import { PROVINCES, divisionLevel, provinceName, provinceOf } from './gbt2260'

/** Provincial capitals, sub-provincial and other frequent cities, and a few districts. */
export const CITIES: Readonly<Record<string, string>> = {
  '130100': '石家庄市', '140100': '太原市', '150100': '呼和浩特市', '210100': '沈阳市', '210200': '大连市',
  '220100': '长春市', '230100': '哈尔滨市', '320100': '南京市', '320200': '无锡市', '320500': '苏州市',
  '330100': '杭州市', '330200': '宁波市', '340100': '合肥市', '350100': '福州市', '350200': '厦门市',
  '360100': '南昌市', '370100': '济南市', '370200': '青岛市', '410100': '郑州市', '420100': '武汉市',
  '430100': '长沙市', '440100': '广州市', '440300': '深圳市', '440400': '珠海市', '440600': '佛山市',
  '441900': '东莞市', '450100': '南宁市', '460100': '海口市', '510100': '成都市', '520100': '贵阳市',
  '530100': '昆明市', '540100': '拉萨市', '610100': '西安市', '620100': '兰州市', '630100': '西宁市',
  '640100': '银川市', '650100': '乌鲁木齐市', '110108': '海淀区', '310115': '浦东新区',
}

const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|新区|区)$/
const shortName = (name: string) => name.replace(SUFFIX, '')

export const NATIONAL_NAMES: ReadonlySet<string> = new Set(['全国', '国家', '中央', '中国', '全国性', 'national', 'china', 'cn'])

export interface RegionMatch {
  code: string | null
  name: string
}

type Entry = { code: string; name: string; short: string }
const entries = (table: Readonly<Record<string, string>>): Entry[] =>
  Object.entries(table).map(([code, name]) => ({ code, name, short: shortName(name) }))
const CITY_ENTRIES = entries(CITIES)
const PROVINCE_ENTRIES = entries(PROVINCES)

function byName(table: readonly Entry[], text: string): RegionMatch | null {
  let best: RegionMatch | null = null
  for (const { code, name, short } of table) {
    if (text.includes(name) || (short.length >= 2 && text.includes(short))) {
      if (!best || name.length > best.name.length) best = { code, name }
    }
  }
  return best
}

/** A region cell to a code and a display name; null when it names nothing we know. */
export function matchRegion(raw: string): RegionMatch | null {
  const s = raw.normalize('NFKC').replace(/\s+/g, '')
  if (!s || NATIONAL_NAMES.has(s.toLowerCase())) return { code: null, name: '全国' }
  if (/^\d{6}$/.test(s)) {
    if (!provinceOf(s) || !divisionLevel(s)) return null
    return { code: s, name: PROVINCES[s] ?? CITIES[s] ?? `${provinceName(s)!}（${s}）` }
  }
  return byName(CITY_ENTRIES, s) ?? byName(PROVINCE_ENTRIES, s)
}
