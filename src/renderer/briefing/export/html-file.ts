// One self-contained HTML file of a briefing: the paginated pages (or the plain rendered
// document) with the page styles inlined, no external resources, and a CSP that lets nothing
// load or run. Opened in a browser it shows, and prints, the same A4 pages as the preview.
import type { PrintStyle } from '@shared/briefing/doc-model'
import { escapeHtml } from '@shared/text/escape'
import pagesCss from '../print/styles/pages.css?raw'
import modernCss from '../print/styles/modern.css?raw'
import officialCss from '../print/styles/official.css?raw'

export const HTML_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const STYLE_CSS: Record<PrintStyle, string> = { modern: modernCss, official: officialCss }

/** Screen and print rules of a standalone file (the app's print.css is not there). */
const FILE_CSS = `
html, body { margin: 0; background: #e8e8e8; }
@media print {
  html, body { background: #fff; }
  body { page: briefing; }
  .pages { display: block; gap: 0; padding: 0; }
  .pages .page { box-shadow: none; margin: 0; }
  .pages .page:last-child { break-after: auto; }
}`

export interface HtmlFileInput {
  title: string
  style: PrintStyle
  /** the pages from the paginator (`.page` elements' HTML), already escaped and sanitized */
  pagesHtml: string
}

export function briefingHtmlFile({ title, style, pagesHtml }: HtmlFileInput): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_FILE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${pagesCss}
${STYLE_CSS[style]}
${FILE_CSS}
</style>
</head>
<body>
<div class="pages style-${style}">${pagesHtml}</div>
</body>
</html>
`
}
