// Reading files the user chose to import, and writing files to paths the user chose.
// The renderer never names a path: main asks the user through the OS dialog.
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_DOCUMENT_BYTES, MAX_IMPORT_BYTES } from '@shared/ipc/channels'
import type { OpenedDocument, OpenedFile } from '@shared/ipc/contract'
import { ImportFileError, openImportFile } from '@shared/import-file/open'
import type { TrustedKey } from '@shared/bundle/signature'
import { UserFacingError } from './ipc/register'

/** Reads a chosen import file; a bundle's signature is checked against the `trusted` keys. */
export async function readImportFile(path: string, maxBytes = MAX_IMPORT_BYTES, trusted: readonly TrustedKey[] = []): Promise<OpenedFile> {
  const info = await stat(path)
  if (!info.isFile()) throw new UserFacingError('failed', `不是文件 / not a file: ${basename(path)}`)
  if (info.size > maxBytes) {
    throw new UserFacingError(
      'too_large',
      `文件过大 / file too large: ${(info.size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(0)} MB`,
    )
  }
  try {
    return await openImportFile(basename(path), new Uint8Array(await readFile(path)), maxBytes, trusted)
  } catch (err) {
    if (err instanceof ImportFileError) throw new UserFacingError(err.code, err.message)
    throw err
  }
}

export async function writeTextFile(path: string, content: string): Promise<void> {
  await writeFile(path, content, 'utf8')
}

export async function writeBinaryFile(path: string, data: Uint8Array): Promise<void> {
  await writeFile(path, data)
}

/** A DOCX or Markdown file to open as a new briefing, refused past MAX_DOCUMENT_BYTES. */
export async function readDocumentFile(path: string): Promise<OpenedDocument> {
  const info = await stat(path)
  if (!info.isFile()) throw new UserFacingError('failed', `不是文件 / not a file: ${basename(path)}`)
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new UserFacingError('too_large', `文件过大（${(info.size / 1048576).toFixed(1)} MB），上限 ${MAX_DOCUMENT_BYTES / 1048576} MB / file too large`)
  }
  const name = basename(path)
  return { name, format: /\.docx$/i.test(name) ? 'docx' : 'markdown', bytes: new Uint8Array(await readFile(path)) }
}

/** A file name safe on every OS, from a title the user typed. */
export function safeFileName(title: string, ext: string): string {
  // Control characters are exactly what must not reach a file name.
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 100) || 'untitled'
  return `${cleaned}.${ext}`
}
