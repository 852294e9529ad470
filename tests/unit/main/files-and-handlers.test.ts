// Main reads import files the user chose (with limits and encodings) and writes PDFs and
// exports where the user chose: the renderer never names a path.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { readImportFile, safeFileName } from '../../../src/main/files'
import { decodeText } from '../../../src/shared/import-file/open'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { invokeHandler } from '../../../src/main/ipc/register'
import { BrowserWindow, app, dialog } from '../../mocks/electron'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pd-main-'))
  // userData (the settings file with trusted keys) lives in the test's temp dir.
  Object.assign(app, { getPath: () => dir })
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    const text = '人工智能+ 行动'
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'utf-8-bom' })
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' })
  })
  it('falls back to GB18030 for bytes that are not UTF-8, and names bytes no encoding reads', () => {
    expect(decodeText(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({ text: '你好', encoding: 'gb18030' })
    expect(() => decodeText(new Uint8Array([0x81, 0x20, 0xff, 0xff]))).toThrow(/unknown text encoding/)
  })
})

describe('readImportFile', () => {
  it('reads a file and refuses one over the size limit', async () => {
    const path = join(dir, 'b.json')
    await writeFile(path, '{"a":1}')
    expect(await readImportFile(path)).toEqual({
      name: 'b.json',
      size: 7,
      format: 'bundle',
      text: '{"a":1}',
      encoding: 'utf-8',
      container: null,
      verification: { status: 'invalid', reason: 'digest.value: 缺少摘要 / missing digest' },
    })
    const csv = join(dir, '政策.csv')
    await writeFile(csv, '标题\n甲')
    expect(await readImportFile(csv)).toMatchObject({ format: 'csv', text: '标题\n甲' })
    const xlsx = join(dir, 'sheet.xlsx')
    await writeFile(xlsx, Buffer.from([0x50, 0x4b, 3, 4]))
    expect(await readImportFile(xlsx)).toMatchObject({ format: 'xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]), encoding: null })
    await expect(readImportFile(path, 3)).rejects.toThrow(/too large/)
  })
})

describe('safeFileName', () => {
  it('keeps Chinese titles and strips characters no OS allows', () => {
    expect(safeFileName('人工智能周报：第1期/草稿', 'pdf')).toBe('人工智能周报：第1期_草稿.pdf')
    expect(safeFileName('   ', 'md')).toBe('untitled.md')
  })
})

describe('handlers', () => {
  const win = new BrowserWindow()
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent
  const handlers = createHandlers({ setLocale: () => undefined })

  it('exports a PDF on A4 to the path the user picked in the save dialog', async () => {
    const target = join(dir, '周报.pdf')
    dialog.nextSave = { canceled: false, filePath: target }
    const res = await invokeHandler('briefings:exportPdf', handlers['briefings:exportPdf'], () => true, event, { title: '人工智能周报' })
    expect(res).toEqual({ ok: true, data: { saved: true, name: target } })
    expect(await readFile(target, 'utf8')).toContain('%PDF')
    // the print preview's pages are whole A4 sheets: CSS page size, no margins added around them
    expect(win.webContents.lastPrintToPdfOptions).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, margins: { marginType: 'none', top: 0, bottom: 0, left: 0, right: 0 } })
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ defaultPath: '人工智能周报.pdf' }))
  })

  it('writes nothing when the user cancels', async () => {
    dialog.nextSave = { canceled: true, filePath: undefined }
    const res = await invokeHandler('briefings:exportPdf', handlers['briefings:exportPdf'], () => true, event, { title: 'x' })
    expect(res).toEqual({ ok: true, data: { saved: false } })
  })

  it('prints with A4 set explicitly', async () => {
    const res = await invokeHandler('briefings:print', handlers['briefings:print'], () => true, event, { title: 'x' })
    expect(res).toEqual({ ok: true, data: { printed: true } })
    expect(win.webContents.lastPrintOptions).toMatchObject({ pageSize: 'A4' })
  })

  it('opens the file the user picked, and returns null on cancel', async () => {
    const path = join(dir, 'bundle.json')
    await writeFile(path, '\ufeff{"format":"policy-desk-bundle"}')
    dialog.nextOpen = { canceled: false, filePaths: [path] }
    const res = await invokeHandler('imports:openFile', handlers['imports:openFile'], () => true, event, undefined)
    expect(res.ok && res.data?.text).toBe('{"format":"policy-desk-bundle"}')
    dialog.nextOpen = { canceled: true, filePaths: [] }
    expect(await invokeHandler('imports:openFile', handlers['imports:openFile'], () => true, event, undefined)).toEqual({ ok: true, data: null })
  })

  it('saves text exports with the extension of their kind', async () => {
    const target = join(dir, 'out.md')
    dialog.nextSave = { canceled: false, filePath: target }
    const res = await invokeHandler('files:saveText', handlers['files:saveText'], () => true, event, {
      suggestedName: '简报',
      content: '# 标题',
      filter: 'markdown',
    })
    expect(res.ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('# 标题')
    expect(dialog.showSaveDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({ defaultPath: '简报.md' }))
  })
})

describe('printing a screen', () => {
  it('prints the timeline on A4 landscape when asked', async () => {
    const win = new BrowserWindow()
    const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent
    const handlers = createHandlers({ setLocale: () => undefined })
    const res = await invokeHandler('app:print', handlers['app:print'], () => true, event, { title: '政策时间线', landscape: true })
    expect(res).toEqual({ ok: true, data: { printed: true } })
    expect(win.webContents.lastPrintOptions).toMatchObject({ pageSize: 'A4', landscape: true })
  })
})
