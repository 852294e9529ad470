// Every handler call goes through one wrapper: sender check, schema, result envelope.
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { invokeHandler, UserFacingError } from '../../../src/main/ipc/register'

const event = { sender: {}, senderFrame: { url: 'app://policy-desk/' } } as unknown as IpcMainInvokeEvent

describe('invokeHandler', () => {
  it('refuses a sender that is not the app window, without running the handler', async () => {
    const handler = vi.fn(async () => ({ opened: true }))
    const res = await invokeHandler('app:openExternal', handler, () => false, event, { url: 'https://www.gov.cn/' })
    expect(res).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('sender') } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('names the field and the reason when arguments are bad', async () => {
    const handler = vi.fn(async () => ({ opened: true }))
    const res = await invokeHandler('app:openExternal', handler, () => true, event, { url: 'javascript:alert(1)' })
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(res.error.code).toBe('bad_args')
      expect(res.error.message).toContain('url')
      expect(res.error.message).toContain('http(s)')
    }
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses unknown extra keys', async () => {
    const res = await invokeHandler('briefings:exportPdf', vi.fn(), () => true, event, { title: 'x', path: '/etc/passwd' })
    expect(res.ok).toBe(false)
  })

  it('wraps the result, and turns thrown errors into an error envelope', async () => {
    const ok = await invokeHandler('app:setLocale', async (a) => ({ locale: a!.locale }), () => true, event, { locale: 'en' })
    expect(ok).toEqual({ ok: true, data: { locale: 'en' } })
    const failed = await invokeHandler(
      'imports:openFile',
      async () => {
        throw new UserFacingError('too_large', '文件过大')
      },
      () => true,
      event,
      undefined,
    )
    expect(failed).toEqual({ ok: false, error: { code: 'too_large', message: 'imports:openFile: 文件过大' } })
  })
})
