// Note bodies are Markdown. This is the one place their text becomes HTML: markdown-it with
// raw HTML off, images off and only http(s) links, then DOMPurify with a short allow-list.
// Without a DOM for DOMPurify (Node) the text comes back escaped, never unsanitised.
import MarkdownIt from 'markdown-it'
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify'
import { escapeHtml } from '@shared/text/escape'

/** A link a note may carry: absolute http(s) with a host, nothing else (no javascript:, data:, file:, relative). */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null
  try {
    const u = new URL(raw.trim())
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' ? u.href : null
  } catch {
    return null
  }
}

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false })
// Images would fetch from the network (and the CSP blocks them anyway).
md.disable('image')
md.validateLink = (url) => safeHref(url) !== null

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
]
const ALLOWED_ATTR = ['href', 'title', 'start']

let purifier: Purifier | null | undefined
function getPurifier(): Purifier | null {
  if (purifier === undefined) {
    purifier = typeof window === 'undefined' ? null : DOMPurify(window)
    if (purifier && !purifier.isSupported) purifier = null
    purifier?.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return
      const href = safeHref(node.getAttribute('href'))
      if (href) node.setAttribute('href', href)
      else node.removeAttribute('href')
      node.setAttribute('rel', 'noopener noreferrer')
    })
  }
  return purifier
}

/** The Markdown stage alone: markdown-it's HTML, before sanitising. */
export function markdownToHtml(source: string): string {
  return md.render(source)
}

/** A note body as sanitised HTML, ready for MarkdownView. */
export function renderMarkdown(source: string): string {
  const p = getPurifier()
  if (!p) return `<p>${escapeHtml(source)}</p>`
  return p.sanitize(markdownToHtml(source), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^https?:\/\//i,
    ALLOW_DATA_ATTR: false,
  })
}
