// The one markdown-it set-up for briefings: GFM tables and strikethrough, raw HTML off (so
// HTML in a Markdown file stays text), links accepted here and judged by the importer.
import MarkdownItCtor, { type MarkdownIt } from 'markdown-it'

let shared: MarkdownIt | null = null

/** One parser for every conversion: building one compiles linkify's patterns, which is slow. */
export function briefingMarkdownIt(): MarkdownIt {
  if (shared) return shared
  const md = new MarkdownItCtor('default', { html: false, linkify: true, typographer: false, breaks: false })
  // Every link is parsed so the importer can keep its text when it drops an unsafe address.
  md.validateLink = () => true
  md.linkify.set({ fuzzyEmail: false })
  shared = md
  return md
}

/** Links a briefing keeps: absolute http(s), and the app's own routes (`#/policies/…`). */
export function safeLinkHref(raw: string | null | undefined): string | null {
  if (!raw) return null
  const s = raw.trim()
  if (/^#\/[^\s<>"'`\\]*$/.test(s)) return s
  try {
    const u = new URL(s)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' ? s : null
  } catch {
    return null
  }
}

/** Image sources a briefing keeps: inline raster data (documents stay offline) and http(s). */
export function safeImageSrc(raw: string | null | undefined): string | null {
  if (!raw) return null
  const s = raw.trim()
  if (/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/.test(s)) return s
  const link = safeLinkHref(s)
  return link && !link.startsWith('#') ? link : null
}
