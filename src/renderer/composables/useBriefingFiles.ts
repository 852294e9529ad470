// A briefing to and from files: DOCX and Markdown out, DOCX and Markdown in (as a new briefing).
// The converters (and mammoth, docx) load only when used.
import type { DocNode, PrintSettings } from '@shared/briefing/doc-model'
import { desktop } from '../platform'

export interface ExportInput {
  title: string
  doc: Record<string, unknown>
  print: PrintSettings
}

/** Draws an SVG chart into a PNG (twice the size, for print) so Word shows it. */
async function rasterize(svg: string, w: number, h: number): Promise<Uint8Array | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const c = document.createElement('canvas')
    c.width = w * 2
    c.height = h * 2
    const ctx = c.getContext('2d')
    if (!ctx) return null
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, c.width, c.height)
    ctx.drawImage(img, 0, 0, c.width, c.height)
    const blob = await new Promise<Blob | null>((ok) => c.toBlob(ok, 'image/png'))
    return blob ? new Uint8Array(await blob.arrayBuffer()) : null
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Saves the briefing as DOCX; returns an error message or null. */
export async function exportDocx(b: ExportInput): Promise<string | null> {
  const { docToDocx } = await import('@shared/briefing/docx/export')
  const bytes = await docToDocx(b.doc as unknown as DocNode, { title: b.title, print: b.print, rasterize })
  const res = await desktop.files.saveBytes({ suggestedName: b.title, bytes: bytes as Uint8Array<ArrayBuffer>, filter: 'docx' })
  return res.ok ? null : res.error.message
}

export async function exportMarkdown(b: ExportInput): Promise<string | null> {
  const { docToMarkdown } = await import('@shared/briefing/markdown-export')
  const res = await desktop.files.saveText({ suggestedName: b.title, content: docToMarkdown(b.doc as unknown as DocNode, { lang: 'zh' }), filter: 'markdown' })
  return res.ok ? null : res.error.message
}

export interface ImportedBriefing {
  title: string
  doc: Record<string, unknown>
  messages: string[]
}

/** Asks for a DOCX or Markdown file and converts it; null when the user cancelled. */
export async function importDocument(): Promise<ImportedBriefing | { error: string } | null> {
  const res = await desktop.files.openDocument()
  if (!res.ok) return { error: res.error.message }
  const file = res.data
  if (!file) return null
  const base = file.name.replace(/\.[^.]+$/, '')
  try {
    if (file.format === 'docx') {
      const { docxToDoc } = await import('@shared/briefing/docx/import')
      const out = await docxToDoc(file.bytes)
      return { title: (out.title || base).slice(0, 120), doc: out.doc as unknown as Record<string, unknown>, messages: out.messages }
    }
    const { markdownToDoc } = await import('@shared/briefing/markdown-import')
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes)
    const doc = markdownToDoc(text)
    const firstHeading = (doc.content ?? []).find((n) => n.type === 'heading')
    const title = firstHeading ? (firstHeading.content ?? []).map((c) => c.text ?? '').join('') : base
    return { title: (title.trim() || base).slice(0, 120), doc: doc as unknown as Record<string, unknown>, messages: [] }
  } catch (err) {
    return { error: `${file.name}: ${err instanceof Error ? err.message : String(err)}` }
  }
}
