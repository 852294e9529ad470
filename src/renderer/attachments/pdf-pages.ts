// Draws the pages of an attached PDF onto canvases with PDF.js, so a file is previewed inside
// the app (no plugin, no network). PDF.js loads only when a PDF is first opened.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

export interface PdfPreview {
  pages: number
  /** Draws page n (1-based) into the canvas, at the given CSS width. */
  draw(n: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>
  close(): Promise<void>
}

export async function openPdf(data: Blob): Promise<PdfPreview> {
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  const task = pdfjs.getDocument({ data: new Uint8Array(await data.arrayBuffer()), enableXfa: false, useWorkerFetch: false })
  const doc = await task.promise
  return {
    pages: doc.numPages,
    async draw(n, canvas, cssWidth) {
      const page = await doc.getPage(n)
      const base = page.getViewport({ scale: 1 })
      const ratio = window.devicePixelRatio || 1
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio })
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      canvas.style.width = `${cssWidth}px`
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`
      await page.render({ canvas, viewport }).promise
    },
    close: () => task.destroy(),
  }
}
