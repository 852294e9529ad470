// Briefings print from the window that shows them: the print stylesheet hides the app shell,
// so Electron and the browser build put the same pages on paper. A4 is always set explicitly;
// the PDF has no margins of its own because the print preview's pages are whole A4 sheets
// (@page margin 0); printing keeps the default so each screen's @page margins decide.
import type { WebContents } from 'electron'

export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  // Electron's printToPDF reads top/bottom/left/right (inches, default 0.4); Chromium's print reads marginType
  margins: { marginType: 'none', top: 0, bottom: 0, left: 0, right: 0 },
} as const

export function printContents(contents: WebContents, landscape = false): Promise<boolean> {
  return new Promise((resolve) => {
    contents.print({ pageSize: 'A4', landscape, printBackground: true, silent: false }, (success) => resolve(success))
  })
}

export async function pdfFromContents(contents: WebContents): Promise<Uint8Array> {
  const buffer = await contents.printToPDF(PDF_OPTIONS)
  return new Uint8Array(buffer)
}
