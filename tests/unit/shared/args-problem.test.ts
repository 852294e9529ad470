// The browser build's argument check (run in the args worker): the contract's schemas, one line
// naming the field, and no pass for a call the contract does not know.
import { describe, expect, it } from 'vitest'
import { argsProblemOf } from '@shared/ipc/args-problem'

describe('argsProblemOf', () => {
  it('passes good arguments and names the field of bad ones', () => {
    expect(argsProblemOf('app:setLocale', { locale: 'en' })).toBeNull()
    expect(argsProblemOf('app:setLocale', { locale: 'fr' })).toMatch(/^locale: /)
    expect(argsProblemOf('app:openExternal', { url: 'javascript:alert(1)' })).toMatch(/^url: /)
    expect(argsProblemOf('files:saveText', { suggestedName: 'a', content: 1, filter: 'json' })).toMatch(/content: /)
  })
  it('refuses a call the contract does not know', () => {
    expect(argsProblemOf('app:format-disk', {})).toBe('unknown call app:format-disk')
    expect(argsProblemOf('__proto__', {})).toBe('unknown call __proto__')
  })
})
