// The application menu speaks zh-CN and English and sends commands the renderer knows.
import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { MENU_COMMANDS } from '@shared/ipc/contract'
import { buildMenuTemplate } from '../../../src/main/menu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}

describe('application menu', () => {
  it('is in Chinese or English and every command item sends a known command', () => {
    for (const [locale, top] of [['zh-CN', ['文件', '编辑', '视图', '前往']], ['en', ['File', 'Edit', 'View', 'Go']]] as const) {
      const sent: string[] = []
      const template = buildMenuTemplate(locale, (c) => sent.push(c), { isMac: false, isDev: false })
      expect(template.map((i) => i.label)).toEqual(top)
      const clickable = flatten(template).filter((i) => i.click)
      for (const item of clickable) (item.click as () => void)()
      expect(sent.length).toBe(clickable.length)
      for (const c of sent) expect(MENU_COMMANDS).toContain(c)
      expect(sent).toContain('briefing:exportPdf')
    }
  })
  it('hides developer tools in the packaged app', () => {
    const items = flatten(buildMenuTemplate('en', () => undefined, { isMac: false, isDev: false }))
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })
})
