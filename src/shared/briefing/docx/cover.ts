// The cover page: label and serial in the top corner (top-left for official documents, as
// GB/T 9704 places 份号 and 密级; top-right in a report), then title, subtitle, unit, author, date.
// Each line has a named style so Word users can restyle covers and the importer recognises them.
import { AlignmentType, Paragraph, TextRun } from 'docx'
import type { CoverAttrs, DocNode, PrintStyle } from '../doc-model'
import { STYLE_IDS } from './styles'

export function coverAttrs(n: DocNode): CoverAttrs {
  const a = n.attrs ?? {}
  const s = (k: keyof CoverAttrs) => (typeof a[k] === 'string' ? (a[k] as string) : '')
  return { title: s('title'), subtitle: s('subtitle'), unit: s('unit'), author: s('author'), date: s('date'), serial: s('serial'), label: s('label') }
}

/** Cover paragraphs (the caller puts them on a page of their own). */
export function coverBlocks(n: DocNode, printStyle: PrintStyle): Paragraph[] {
  const c = coverAttrs(n)
  const corner = printStyle === 'official' ? AlignmentType.LEFT : AlignmentType.RIGHT
  const line = (style: string, text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) => {
    const children = text.split('\n').map((t, i) => new TextRun({ text: t, ...(i ? { break: 1 } : {}) }))
    return new Paragraph({ style, ...(alignment ? { alignment } : {}), children })
  }
  const out: Paragraph[] = []
  if (c.serial) out.push(line(STYLE_IDS.coverSerial, c.serial, corner))
  if (c.label) out.push(line(STYLE_IDS.coverLabel, c.label, corner))
  out.push(line(STYLE_IDS.coverTitle, c.title))
  if (c.subtitle) out.push(line(STYLE_IDS.coverSubtitle, c.subtitle))
  if (c.unit) out.push(line(STYLE_IDS.coverUnit, c.unit))
  if (c.author) out.push(line(STYLE_IDS.coverAuthor, c.author))
  if (c.date) out.push(line(STYLE_IDS.coverDate, c.date))
  return out
}
