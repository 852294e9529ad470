// Page geometry, fonts and Word styles of the two print styles, in the units Word stores (twips,
// half-points). The modern report and the GB/T 9704-2012 official document differ only here, so
// the block and inline converters never branch on the style themselves.
import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  ShadingType,
  type ILevelsOptions,
  type INumberingOptions,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx'
import type { PrintStyle } from '../doc-model'

/** Millimetres to twips (1/1440 inch), rounded as Word stores them. */
export const mm = (value: number) => Math.round((value / 25.4) * 1440)

/** A4 portrait, set explicitly so no printer default (Letter) can sneak in. */
export const A4 = { width: 11906, height: 16838 } as const

export interface FontSet {
  /** East Asian family as Word and WPS name it (one name only: docx has one eastAsia slot) */
  eastAsia: string
  /** Latin family, also used for digits */
  ascii: string
}

export interface DocxStyle {
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number }
  body: FontSet
  bodySize: number
  /** exact line pitch in twips for the official grid; null means 1.5 lines */
  exactLine: number | null
  heading: { font: FontSet; size: number; bold: boolean }[]
  title: { font: FontSet; size: number; bold: boolean }
  quote: FontSet
  mono: FontSet
  /** footer page number run */
  pageNumber: { font: FontSet; size: number }
  headerSize: number
  footnoteSize: number
  /** width of one character in twips: the body size, or the official grid's pitch */
  charTw: number
  /** docGrid: 22 lines of 28 characters for the official style */
  grid: { linePitch: number; charSpace: number } | null
}

const SONG: FontSet = { eastAsia: '宋体', ascii: 'Times New Roman' }
const HEI: FontSet = { eastAsia: '黑体', ascii: 'Arial' }
const KAI: FontSet = { eastAsia: '楷体', ascii: 'Times New Roman' }
// 仿宋 (FangSong) ships with every Windows since Vista and with WPS; 仿宋_GB2312 only on older
// government machines. Word has one eastAsia slot, so the common name wins.
const FANGSONG: FontSet = { eastAsia: '仿宋', ascii: 'Times New Roman' }
// Commercial font of official titles; where it is missing Word and WPS substitute a Song face.
const XIAOBIAOSONG: FontSet = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman' }
const MONO: FontSet = { eastAsia: '宋体', ascii: 'Courier New' }

// GB/T 9704: 225 mm of text height holds 22 lines → 28.95 pt per line = 579 twips.
const OFFICIAL_LINE = 579
// 156 mm of text width holds 28 characters of 16 pt: the grid's pitch is stored as the
// difference from the body size, in 1/4096 pt (ECMA-376 §17.6.5).
const OFFICIAL_PITCH_PT = ((156 / 25.4) * 72) / 28
const OFFICIAL_CHAR_SPACE = Math.round((OFFICIAL_PITCH_PT - 16) * 4096)

export const DOCX_STYLES: Record<PrintStyle, DocxStyle> = {
  modern: {
    margin: { top: mm(25), right: mm(22), bottom: mm(22), left: mm(22), header: mm(12), footer: mm(10) },
    body: SONG,
    bodySize: 24,
    exactLine: null,
    heading: [
      { font: HEI, size: 32, bold: true },
      { font: HEI, size: 28, bold: true },
      { font: HEI, size: 24, bold: true },
      { font: HEI, size: 24, bold: false },
    ],
    title: { font: HEI, size: 52, bold: true },
    quote: KAI,
    mono: MONO,
    pageNumber: { font: SONG, size: 21 },
    headerSize: 18,
    footnoteSize: 18,
    charTw: 240,
    grid: null,
  },
  official: {
    margin: { top: mm(37), right: mm(26), bottom: mm(35), left: mm(28), header: mm(15), footer: mm(22) },
    body: FANGSONG,
    bodySize: 32,
    exactLine: OFFICIAL_LINE,
    heading: [
      { font: HEI, size: 32, bold: false },
      { font: KAI, size: 32, bold: false },
      { font: FANGSONG, size: 32, bold: true },
      { font: FANGSONG, size: 32, bold: false },
    ],
    title: { font: XIAOBIAOSONG, size: 44, bold: false },
    quote: KAI,
    mono: MONO,
    // 4号 (14 pt) half-width Song digits
    pageNumber: { font: SONG, size: 28 },
    headerSize: 21,
    footnoteSize: 24,
    charTw: Math.round(OFFICIAL_PITCH_PT * 20),
    grid: { linePitch: OFFICIAL_LINE, charSpace: OFFICIAL_CHAR_SPACE },
  },
}

/** Width of the text block in twips and in CSS pixels (96 per inch), for tables and images. */
export function textBox(style: DocxStyle): { widthTw: number; heightTw: number; widthPx: number; heightPx: number } {
  const widthTw = A4.width - style.margin.left - style.margin.right
  const heightTw = A4.height - style.margin.top - style.margin.bottom
  return { widthTw, heightTw, widthPx: Math.floor((widthTw / 1440) * 96), heightPx: Math.floor((heightTw / 1440) * 96) }
}

/** Run font options; the eastAsia hint makes “” and — use the CJK face, as in Chinese text. */
export function font(f: FontSet): IRunStylePropertiesOptions['font'] {
  return { ascii: f.ascii, hAnsi: f.ascii, cs: f.ascii, eastAsia: f.eastAsia, hint: 'eastAsia' }
}

/** Line spacing: exact grid pitch for the official style, 1.5 lines otherwise. */
export function lineSpacing(style: DocxStyle): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  return style.exactLine ? { line: style.exactLine, lineRule: LineRuleType.EXACT } : { line: 360, lineRule: LineRuleType.AUTO }
}

/**
 * Two characters of first-line indent, the Chinese paragraph habit: two grid cells on the official
 * page (a 16 pt indent would push the first line to 25 characters instead of 26).
 */
export const firstLineIndent = (style: DocxStyle) => style.charTw * 2

/** Paragraph style ids of our own; their names let the importer recognise them again. */
export const STYLE_IDS = {
  coverLabel: 'CoverLabel',
  coverSerial: 'CoverSerial',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverUnit: 'CoverUnit',
  coverAuthor: 'CoverAuthor',
  coverDate: 'CoverDate',
  tocTitle: 'TocTitle',
  blockquote: 'Quote',
  quote: 'PdQuote',
  quoteSource: 'PdQuoteSource',
  code: 'PdCode',
  caption: 'PdCaption',
  reference: 'PdReference',
} as const

/** Style names as Word shows them; `Cover Title` etc. are what the importer maps back. */
export const STYLE_NAMES: Record<keyof typeof STYLE_IDS, string> = {
  coverLabel: 'Cover Label',
  coverSerial: 'Cover Serial',
  coverTitle: 'Cover Title',
  coverSubtitle: 'Cover Subtitle',
  coverUnit: 'Cover Unit',
  coverAuthor: 'Cover Author',
  coverDate: 'Cover Date',
  tocTitle: 'TOC Title',
  blockquote: 'Quote',
  quote: 'Policy Quote',
  quoteSource: 'Policy Quote Source',
  code: 'Code Block',
  caption: 'Figure Caption',
  reference: 'Reference Entry',
}

export function stylesFor(style: DocxStyle): IStylesOptions {
  const spacing = lineSpacing(style)
  const headingStyle = (level: number) => {
    const h = style.heading[level]!
    return {
      run: { font: font(h.font), size: h.size, bold: h.bold, color: '000000' },
      paragraph: {
        spacing: { ...spacing, before: style.exactLine ? 0 : 240, after: style.exactLine ? 0 : 120 },
        // Official headings sit on the 22-line grid and are indented two characters like the text.
        ...(style.exactLine ? { indent: { firstLine: firstLineIndent(style) } } : {}),
        keepNext: true,
        keepLines: true,
        outlineLevel: level,
      },
    }
  }
  const para = (key: keyof typeof STYLE_IDS, run: IRunStylePropertiesOptions, paragraph: IParagraphStylePropertiesOptions = {}) => ({
    id: STYLE_IDS[key],
    name: STYLE_NAMES[key],
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph,
  })
  const center = AlignmentType.CENTER
  return {
    default: {
      document: {
        run: { font: font(style.body), size: style.bodySize, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        paragraph: { spacing },
      },
      heading1: headingStyle(0),
      heading2: headingStyle(1),
      heading3: headingStyle(2),
      heading4: headingStyle(3),
    },
    paragraphStyles: [
      para('coverLabel', { font: font(HEI), size: style.bodySize, bold: true }),
      para('coverSerial', { font: font(style.body), size: style.bodySize }),
      para('coverTitle', { font: font(style.title.font), size: style.title.size, bold: style.title.bold }, {
        alignment: center,
        spacing: { before: mm(60), after: 240, line: Math.round(style.title.size * 20 * 1.4), lineRule: LineRuleType.AT_LEAST },
      }),
      para('coverSubtitle', { font: font(KAI), size: style.bodySize + 8 }, { alignment: center, spacing: { after: mm(40) } }),
      para('coverUnit', { font: font(style.body), size: style.bodySize + 4 }, { alignment: center }),
      para('coverAuthor', { font: font(style.body), size: style.bodySize + 4 }, { alignment: center }),
      para('coverDate', { font: font(style.body), size: style.bodySize + 4 }, { alignment: center }),
      para('tocTitle', { font: font(HEI), size: style.heading[0]!.size }, { alignment: center, spacing: { ...spacing, after: 240 } }),
      para('blockquote', { font: font(style.quote) }, { indent: { left: style.charTw * 2 } }),
      para('quote', { font: font(style.quote) }, { indent: { left: style.charTw * 2, right: style.charTw } }),
      para('quoteSource', { font: font(style.quote) }, { alignment: AlignmentType.RIGHT, indent: { right: style.charTw } }),
      para('code', { font: font(style.mono), size: Math.min(style.bodySize, 21) }, {
        spacing: { line: 280, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' },
      }),
      para('caption', { font: font(HEI), size: Math.max(style.bodySize - 4, 18) }, { alignment: center, spacing: { after: 120 } }),
      para('reference', { size: Math.max(style.bodySize - 2, 21) }, { indent: { left: style.charTw * 3, hanging: style.charTw * 3 } }),
    ],
  }
}

/** List numbering: bullets •◦▪ and 1. （1） a. repeating; each list is its own instance so it restarts. */
export const BULLET_REF = 'pd-bullet'
export const ordinalRef = (start: number) => (start === 1 ? 'pd-ordered' : `pd-ordered-${start}`)

function levels(style: DocxStyle, fmt: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>, start = 1): ILevelsOptions[] {
  const step = style.charTw
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    ...fmt(level),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: step * (level + 1) + step / 2, hanging: step } } },
  }))
}

export function numberingFor(style: DocxStyle, starts: number[]): INumberingOptions {
  const bullets = ['•', '◦', '▪']
  const ordered = (level: number) =>
    level % 3 === 0
      ? { format: LevelFormat.DECIMAL, text: `%${level + 1}.` }
      : level % 3 === 1
        ? { format: LevelFormat.DECIMAL, text: `（%${level + 1}）` }
        : { format: LevelFormat.LOWER_LETTER, text: `%${level + 1}.` }
  return {
    config: [
      { reference: BULLET_REF, levels: levels(style, (l) => ({ format: LevelFormat.BULLET, text: bullets[l % 3]! })) },
      ...[...new Set([1, ...starts])].map((s) => ({ reference: ordinalRef(s), levels: levels(style, ordered, s) })),
    ],
  }
}
