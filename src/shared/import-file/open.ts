// What an import file holds, decided from its bytes and its name, shared by the main process,
// the browser build and the command-line tool. Bundles and CSV arrive as decoded text; an
// XLSX workbook arrives as its bytes (a zip the spreadsheet reader opens).
import type { OpenedFile } from '../ipc/contract'

export class ImportFileError extends Error {
  constructor(
    readonly code: 'failed' | 'too_large',
    message: string,
  ) {
    super(message)
  }
}

/** Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else must be UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)), encoding: bom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    throw new ImportFileError('failed', '文件不是有效的 UTF-8 文本 / the file is not valid UTF-8 text')
  }
}

function extension(name: string): string {
  const i = name.lastIndexOf('.')
  return i < 0 ? '' : name.slice(i + 1).toLowerCase()
}

/** Turns the bytes of a chosen file into what the import screen works with. */
export function openImportFile(name: string, bytes: Uint8Array, maxBytes: number): OpenedFile {
  if (bytes.byteLength > maxBytes) {
    throw new ImportFileError(
      'too_large',
      `文件过大 / file too large: ${(bytes.byteLength / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(0)} MB`,
    )
  }
  const ext = extension(name)
  if (ext === 'xlsx') return { name, size: bytes.byteLength, format: 'xlsx', bytes, encoding: null, container: null }
  const { text, encoding } = decodeText(bytes)
  return { name, size: bytes.byteLength, format: ext === 'csv' ? 'csv' : 'bundle', text, encoding, container: null }
}
