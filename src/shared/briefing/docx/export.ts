// A briefing → a .docx file (bytes) that opens in Word, WPS and LibreOffice: A4 set explicitly,
// the modern or the GB/T 9704 official page, a cover section of its own, running header and page
// numbers in the footer. Runs in Node and in the browser (Packer.toArrayBuffer, no Buffer).
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx'
import { citationNumbers, referenceEntries } from '../citations'
import { walk, type DocNode, type PrintSettings } from '../doc-model'
import { blocksToDocx, trailingReferences, type BlockContext } from './blocks'
import { coverBlocks } from './cover'
import { chartSize } from './figures'
import { A4, DOCX_STYLES, font, numberingFor, stylesFor, textBox, type DocxStyle } from './styles'

export interface DocxExportOptions {
  title: string
  print: PrintSettings
  /** draws a chart's SVG to PNG bytes at the given CSS pixel size (the browser has a canvas) */
  rasterize?: (svg: string, widthPx: number, heightPx: number) => Promise<Uint8Array | null>
  /** notes about what could not be carried over (skipped images, charts without a raster) */
  messages?: string[]
}

type Numbering = PrintSettings['pageNumbers']

function pageNumberParagraph(style: DocxStyle, kind: Numbering, totalInSection: boolean, place: 'center' | 'odd' | 'even'): Paragraph {
  const run = { font: font(style.pageNumber.font), size: style.pageNumber.size }
  const children =
    kind === 'dash'
      ? ['— ', PageNumber.CURRENT, ' —']
      : ['第 ', PageNumber.CURRENT, ' 页 / 共 ', totalInSection ? PageNumber.TOTAL_PAGES_IN_SECTION : PageNumber.TOTAL_PAGES, ' 页']
  // GB/T 9704: odd pages right and even pages left, one character in from the text edge.
  const oneChar = style.pageNumber.size * 10
  const position =
    place === 'odd'
      ? { alignment: AlignmentType.RIGHT, indent: { right: oneChar } }
      : place === 'even'
        ? { alignment: AlignmentType.LEFT, indent: { left: oneChar } }
        : { alignment: AlignmentType.CENTER }
  return new Paragraph({ ...position, spacing: { line: 240, lineRule: 'auto', before: 0, after: 0 }, children: [new TextRun({ ...run, children })] })
}

function furniture(style: DocxStyle, print: PrintSettings, hasCover: boolean): Pick<ISectionOptions, 'headers' | 'footers'> {
  const oddEven = print.style === 'official' && print.pageNumbers === 'dash'
  const headerText = print.header.trim()
  const header = headerText
    ? () =>
        new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { line: 240, lineRule: 'auto', before: 0, after: 0 },
              border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } },
              children: [new TextRun({ text: headerText, size: style.headerSize })],
            }),
          ],
        })
    : null
  const footer = (place: 'center' | 'odd' | 'even') => new Footer({ children: [pageNumberParagraph(style, print.pageNumbers, hasCover, place)] })
  return {
    ...(header ? { headers: oddEven ? { default: header(), even: header() } : { default: header() } } : {}),
    footers: oddEven ? { default: footer('odd'), even: footer('even') } : { default: footer('center') },
  }
}

async function rasterizeCharts(doc: DocNode, opts: DocxExportOptions, box: ReturnType<typeof textBox>, messages: string[]) {
  const charts = new Map<DocNode, Uint8Array | null>()
  const nodes: DocNode[] = []
  walk(doc, (n) => {
    if (n.type === 'chart') nodes.push(n)
  })
  for (const n of nodes) {
    const svg = String(n.attrs?.['svg'] ?? '')
    let png: Uint8Array | null = null
    // One at a time: a canvas per chart at once would spike memory on a long report.
    if (opts.rasterize && svg) {
      const size = chartSize(svg, box)
      try {
        png = await opts.rasterize(svg, size.width, size.height)
      } catch (e) {
        messages.push(`图表未能转为图片 / chart not rasterised: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
    if (!png) messages.push(`图表以文字说明代替 / chart written as its caption: ${String(n.attrs?.['caption'] ?? '')}`)
    charts.set(n, png)
  }
  return charts
}

/** The docx Document of a briefing (for packing, or for laying out its pages in tests). */
export async function buildDocx(doc: DocNode, opts: DocxExportOptions): Promise<Document> {
  const style = DOCX_STYLES[opts.print.style] ?? DOCX_STYLES.modern
  const box = textBox(style)
  const messages = opts.messages ?? []
  let instance = 0
  const ctx: BlockContext = {
    style,
    printStyle: opts.print.style,
    box,
    citations: citationNumbers(doc),
    references: referenceEntries(doc),
    charts: await rasterizeCharts(doc, opts, box, messages),
    messages,
    nextInstance: () => ++instance,
  }
  const blocks = doc.content ?? []
  const cover = blocks[0]?.type === 'cover' ? blocks[0] : null
  const body = [...blocksToDocx(cover ? blocks.slice(1) : blocks, ctx), ...trailingReferences(doc, ctx)]
  const starts: number[] = []
  let hasToc = false
  walk(doc, (n) => {
    if (n.type === 'orderedList') starts.push(Math.max(1, Math.floor(Number(n.attrs?.['start'] ?? 1)) || 1))
    if (n.type === 'toc') hasToc = true
  })
  const page = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: style.margin }
  const grid = style.grid ? { type: DocumentGridType.LINES_AND_CHARS, linePitch: style.grid.linePitch, charSpace: style.grid.charSpace } : undefined
  const sections: ISectionOptions[] = []
  if (cover) sections.push({ properties: { page, ...(grid ? { grid } : {}) }, children: coverBlocks(cover, opts.print.style) })
  sections.push({
    properties: { page: { ...page, pageNumbers: { start: 1 } }, ...(grid ? { grid } : {}) },
    ...furniture(style, opts.print, cover !== null),
    children: body.length ? body : [new Paragraph({ children: [] })],
  })
  return new Document({
    title: opts.title,
    creator: 'Policy Desk 政策观察台',
    styles: stylesFor(style),
    numbering: numberingFor(style, starts),
    // Word fills the contents (and its page numbers) when it opens the file; only asked when there is one.
    ...(hasToc ? { features: { updateFields: true } } : {}),
    ...(opts.print.style === 'official' && opts.print.pageNumbers === 'dash' ? { evenAndOddHeaderAndFooters: true } : {}),
    sections,
  })
}

export async function docToDocx(doc: DocNode, opts: DocxExportOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(await buildDocx(doc, opts)))
}
