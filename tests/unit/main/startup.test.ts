// Start-up order matters: the app:// scheme must be privileged before the app is ready
// (or IndexedDB is unavailable on it), and a second instance must hand over to the first.
import { describe, expect, it } from 'vitest'
import { app, protocol } from '../../mocks/electron'

describe('main start-up', () => {
  it('registers app:// as a standard secure scheme and takes the single-instance lock', async () => {
    await import('../../../src/main/index')
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true, codeCache: true }) },
    ])
    expect(app.requestSingleInstanceLock).toHaveBeenCalled()
    const events = app.on.mock.calls.map((c) => c[0])
    expect(events).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']))
  })
})
