// Images and charts as Word pictures. Images come from data: URLs; charts are rasterised by the
// caller (the browser draws SVG to PNG) because Word's SVG support needs a PNG fallback anyway.
// Without a raster the figure becomes a bordered 【图】 line with its caption, never a hole.
import { AlignmentType, BorderStyle, ImageRun, Paragraph, TextRun } from 'docx'
import type { DocNode } from '../doc-model'
import { decodeDataUrl, fitInto, imageSize, svgSize } from './image-data'
import { STYLE_IDS, type textBox } from './styles'

export interface FigureContext {
  box: ReturnType<typeof textBox>
  /** PNG bytes per chart node, rasterised before conversion; null when not available */
  charts: Map<DocNode, Uint8Array | null>
  messages: string[]
}

const placeholderBorder = { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 4 }

function placeholder(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    border: { top: placeholderBorder, bottom: placeholderBorder, left: placeholderBorder, right: placeholderBorder },
    children: [new TextRun({ text })],
  })
}

// A picture line keeps its own height: exact line spacing (the official grid) would crop it.
const pictureSpacing = { line: 240, lineRule: 'auto', before: 120, after: 120 } as const

export function imageBlock(n: DocNode, ctx: FigureContext): Paragraph {
  const src = String(n.attrs?.['src'] ?? '')
  const alt = String(n.attrs?.['alt'] ?? '')
  const img = decodeDataUrl(src)
  if (!img) {
    ctx.messages.push(`图片未嵌入（仅支持 PNG/JPEG/GIF 的 data: 地址）/ image skipped: ${src.slice(0, 40)}`)
    return placeholder(`【图片】${alt}`)
  }
  const size = fitInto(img.width, img.height, ctx.box.widthPx, Math.floor(ctx.box.heightPx * 0.8))
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: pictureSpacing,
    children: [
      new ImageRun({
        type: img.type,
        data: img.data,
        transformation: size,
        altText: { name: alt || 'image', description: alt, title: String(n.attrs?.['title'] ?? alt) },
      }),
    ],
  })
}

/** The display size of a chart: the full text width, its aspect kept, at most 60% of the page. */
export function chartSize(svg: string, box: FigureContext['box']): { width: number; height: number } {
  const s = svgSize(svg)
  const width = box.widthPx
  const height = Math.round((width * s.height) / s.width)
  return fitInto(width, height, width, Math.floor(box.heightPx * 0.6))
}

export function chartBlocks(n: DocNode, ctx: FigureContext): Paragraph[] {
  const caption = String(n.attrs?.['caption'] ?? '')
  const png = ctx.charts.get(n) ?? null
  const size = png ? imageSize(png) : null
  if (!png || size?.type !== 'png') return [placeholder(`【图】${caption}`)]
  const display = chartSize(String(n.attrs?.['svg'] ?? ''), ctx.box)
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: pictureSpacing,
      children: [
        new ImageRun({ type: 'png', data: png, transformation: display, altText: { name: caption || 'chart', description: caption, title: caption } }),
      ],
    }),
  ]
  if (caption) out.push(new Paragraph({ style: STYLE_IDS.caption, children: [new TextRun(caption)] }))
  return out
}
