// Chart SVG is stored in the document and may come from an imported or edited file: it goes
// through DOMPurify's SVG profile (no scripts, handlers, foreignObject or external references).
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify'

let purifier: Purifier | null = null

export function sanitizeSvg(svg: string): string {
  if (!svg.trim()) return ''
  purifier ??= DOMPurify(window)
  const clean = purifier.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'image', 'use', 'a', 'style'],
    FORBID_ATTR: ['href', 'xlink:href'],
  })
  // only an <svg> root is a chart; anything else is dropped
  return /^\s*<svg[\s>]/i.test(clean) ? clean : ''
}
