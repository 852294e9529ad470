// Column headers as Chinese and English spreadsheets write them, recognised as policy fields.
// A mapping is a list by column index, never an object keyed by header text, so a header
// such as "__proto__" is just text.

export const SHEET_FIELDS = [
  'title', 'aliases', 'issuers', 'docNumber', 'docType', 'issued', 'published', 'effective', 'expires',
  'level', 'region', 'status', 'topics', 'summary', 'keyMeasures', 'fullText', 'links',
] as const
export type SheetField = (typeof SHEET_FIELDS)[number]
/** One entry per column: the field it fills, or null to ignore the column. */
export type SheetMapping = (SheetField | null)[]

const SYNONYMS: ReadonlyArray<readonly [SheetField, readonly string[]]> = [
  ['title', ['标题', '文件名称', '政策名称', '文件标题', '政策标题', '名称', '文件名', 'title', 'name', 'policy']],
  ['aliases', ['简称', '别名', '简称别名', 'alias', 'aliases', 'shorttitle']],
  ['issuers', ['发文机关', '发文单位', '发布机构', '发布机关', '发布单位', '印发机关', '制定机关', '发文部门', 'issuer', 'issuers', 'issuingbody', 'agency']],
  ['docNumber', ['发文字号', '文号', '发文号', '文件编号', 'docnumber', 'documentnumber', 'docno']],
  ['docType', ['文种', '类型', '文件类型', '政策类型', 'doctype', 'type', 'documenttype']],
  ['issued', ['成文日期', '印发日期', '成文时间', '印发时间', '发文日期', 'issued', 'issuedate', 'dateissued']],
  ['published', ['发布日期', '发布时间', '公布日期', '公开日期', 'published', 'publishdate', 'publicationdate']],
  ['effective', ['施行日期', '生效日期', '实施日期', '施行时间', '生效时间', 'effective', 'effectivedate']],
  ['expires', ['废止日期', '失效日期', '有效期至', '截止日期', 'expires', 'expirydate', 'repealed']],
  ['level', ['层级', '级别', '政策层级', '效力级别', 'level']],
  ['region', ['地区', '省份', '城市', '地域', '所属地区', '行政区划', '行政区划代码', '区划代码', 'region', 'province', 'city', 'regioncode']],
  ['status', ['状态', '时效性', '效力状态', '时效状态', 'status']],
  ['topics', ['主题', '标签', '主题分类', '关键词', 'topic', 'topics', 'tags']],
  ['summary', ['摘要', '概要', '简介', '内容摘要', 'summary', 'abstract']],
  ['keyMeasures', ['要点', '主要措施', '重点措施', '主要内容', 'keymeasures', 'measures', 'keypoints']],
  ['fullText', ['全文', '正文', 'fulltext', 'text']],
  ['links', ['链接', '网址', '来源链接', '原文链接', '原文网址', 'url', 'link', 'links']],
]

/** Full-width forms to ASCII, spaces, required-markers (*) and trailing notes in brackets dropped, lower case. */
export function normaliseHeader(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u3000\u200b\ufeff]+/g, '')
    .replace(/[*＊※:：_\-·./]/g, '')
    .replace(/[([【〔（].*?[)\]】〕）]$/, '')
    .replace(/[()[\]【】〔〕（）]/g, '')
    .toLowerCase()
}

// Built on first use: normalising every synonym (NFKC) cost the app's start-up about 10 ms.
let lookup: ReadonlyMap<string, SheetField> | null = null

/** The field a header names, or null when it is not one we know. */
export function recogniseHeader(raw: string): SheetField | null {
  lookup ??= new Map(SYNONYMS.flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field] as const)))
  return lookup.get(normaliseHeader(raw)) ?? null
}

/** A first guess for every column; a field is filled by the first column that names it. */
export function guessMapping(headers: readonly string[]): SheetMapping {
  const used = new Set<SheetField>()
  return headers.map((h) => {
    const f = recogniseHeader(h)
    if (!f || used.has(f)) return null
    used.add(f)
    return f
  })
}

/** The key a remembered mapping is stored under: the sorted normalised headers. */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map(normaliseHeader)
    .filter((h) => h !== '')
    .sort()
    .join('|')
}

export function isSheetField(v: unknown): v is SheetField {
  return typeof v === 'string' && (SHEET_FIELDS as readonly string[]).includes(v)
}
