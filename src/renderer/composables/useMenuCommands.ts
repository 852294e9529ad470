// Menu commands from the Electron menu (or keyboard shortcuts in the browser) to screens.
import type { Router } from 'vue-router'
import type { DesktopApi, MenuCommand } from '@shared/ipc/contract'

const ROUTES: Partial<Record<MenuCommand, string>> = {
  'go:overview': '/overview',
  'go:timeline': '/timeline',
  'go:policies': '/policies',
  'go:vendors': '/vendors',
  'go:briefings': '/briefings',
  'go:imports': '/imports',
  'go:settings': '/settings',
}

export const BRIEFING_COMMAND_EVENT = 'policy-desk:briefing-command'

export function useMenuCommands(api: DesktopApi, router: Router, ui: { toggleTheme: () => void }, openSearch: () => void): () => void {
  return api.onMenuCommand((command) => {
    const route = ROUTES[command]
    if (route) void router.push(route)
    else if (command === 'theme:toggle') ui.toggleTheme()
    else if (command === 'search:focus') openSearch()
    else window.dispatchEvent(new CustomEvent(BRIEFING_COMMAND_EVENT, { detail: command }))
  })
}
