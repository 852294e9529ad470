// Briefings print from the window that shows them: the print stylesheet hides the app shell,
// so Electron and the browser build put the same pages on paper. A4 is always set explicitly.
import type { WebContents } from 'electron'

export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { marginType: 'default' },
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
