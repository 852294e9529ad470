// The application menu in zh-CN and English; items send commands to the renderer.
import type { MenuItemConstructorOptions } from 'electron'
import type { Locale, MenuCommand } from '@shared/ipc/contract'

const LABELS = {
  'zh-CN': {
    file: '文件', view: '视图', go: '前往', help: '帮助', quit: '退出', importFile: '导入数据包…',
    print: '打印简报…', exportPdf: '导出 PDF…', overview: '概览', timeline: '时间线', policies: '政策',
    vendors: '厂商', briefings: '简报', imports: '导入', settings: '设置', theme: '切换深色/浅色',
    search: '搜索', reload: '重新载入', devtools: '开发者工具', zoomIn: '放大', zoomOut: '缩小',
    resetZoom: '实际大小', fullscreen: '全屏', edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切',
    copy: '复制', paste: '粘贴', selectAll: '全选', about: '关于政策观察台',
  },
  en: {
    file: 'File', view: 'View', go: 'Go', help: 'Help', quit: 'Quit', importFile: 'Import bundle…',
    print: 'Print briefing…', exportPdf: 'Export PDF…', overview: 'Overview', timeline: 'Timeline',
    policies: 'Policies', vendors: 'Vendors', briefings: 'Briefings', imports: 'Imports',
    settings: 'Settings', theme: 'Toggle dark/light', search: 'Search', reload: 'Reload',
    devtools: 'Developer tools', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size',
    fullscreen: 'Full screen', edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy',
    paste: 'Paste', selectAll: 'Select all', about: 'About Policy Desk',
  },
} as const

export function buildMenuTemplate(
  locale: Locale,
  send: (command: MenuCommand) => void,
  opts: { isMac: boolean; isDev: boolean },
): MenuItemConstructorOptions[] {
  const l = LABELS[locale]
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  })
  const view: MenuItemConstructorOptions[] = [
    cmd(l.theme, 'theme:toggle', 'CmdOrCtrl+Shift+L'),
    cmd(l.search, 'search:focus', 'CmdOrCtrl+K'),
    { type: 'separator' },
    { role: 'zoomIn', label: l.zoomIn },
    { role: 'zoomOut', label: l.zoomOut },
    { role: 'resetZoom', label: l.resetZoom },
    { role: 'togglefullscreen', label: l.fullscreen },
  ]
  if (opts.isDev) view.push({ type: 'separator' }, { role: 'reload', label: l.reload }, { role: 'toggleDevTools', label: l.devtools })
  return [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        cmd(l.importFile, 'go:imports', 'CmdOrCtrl+O'),
        { type: 'separator' },
        cmd(l.print, 'briefing:print', 'CmdOrCtrl+P'),
        cmd(l.exportPdf, 'briefing:exportPdf', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    { label: l.view, submenu: view },
    {
      label: l.go,
      submenu: [
        cmd(l.overview, 'go:overview', 'CmdOrCtrl+1'),
        cmd(l.timeline, 'go:timeline', 'CmdOrCtrl+2'),
        cmd(l.policies, 'go:policies', 'CmdOrCtrl+3'),
        cmd(l.vendors, 'go:vendors', 'CmdOrCtrl+4'),
        cmd(l.briefings, 'go:briefings', 'CmdOrCtrl+5'),
        cmd(l.imports, 'go:imports', 'CmdOrCtrl+6'),
        cmd(l.settings, 'go:settings', 'CmdOrCtrl+,'),
      ],
    },
  ]
}
