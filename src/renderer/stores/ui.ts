// Interface preferences: language and theme, kept in localStorage (not user data).
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { LOCALES, type Locale } from '@shared/ipc/channels'
import { locale as i18nLocale } from '../i18n'
import { desktop } from '../platform'

export type Theme = 'light' | 'dark' | 'system'
const KEY = 'policy-desk.ui'

function load(): { locale: Locale; theme: Theme } {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { locale?: unknown; theme?: unknown }
    const locale = (LOCALES as readonly unknown[]).includes(raw.locale) ? (raw.locale as Locale) : 'zh-CN'
    const theme = raw.theme === 'dark' || raw.theme === 'light' ? raw.theme : 'system'
    return { locale, theme }
  } catch {
    return { locale: 'zh-CN', theme: 'system' }
  }
}

export const useUiStore = defineStore('ui', () => {
  const initial = load()
  const locale = ref<Locale>(initial.locale)
  const theme = ref<Theme>(initial.theme)
  const darkQuery = window.matchMedia?.('(prefers-color-scheme: dark)')
  const systemDark = ref(darkQuery?.matches ?? false)
  /** The theme actually shown: follows the OS live when the choice is "system". */
  const resolvedTheme = computed<'light' | 'dark'>(() =>
    theme.value === 'system' ? (systemDark.value ? 'dark' : 'light') : theme.value,
  )

  function effectiveTheme(): 'light' | 'dark' {
    return resolvedTheme.value
  }
  function applyToDocument(): void {
    document.documentElement.dataset['theme'] = resolvedTheme.value
    document.documentElement.lang = locale.value
    i18nLocale.value = locale.value
  }
  function toggleTheme(): void {
    theme.value = effectiveTheme() === 'dark' ? 'light' : 'dark'
  }

  darkQuery?.addEventListener('change', (e) => (systemDark.value = e.matches))
  watch([locale, theme], () => localStorage.setItem(KEY, JSON.stringify({ locale: locale.value, theme: theme.value })))
  watch([locale, resolvedTheme], applyToDocument)
  // The desktop side learns the locale (menus, dialogs) on every change, and the first time at
  // the first idle moment after start-up: the browser build checks the call's arguments
  // against schemas it would otherwise load while the first rows are read.
  const tellLocale = () => void desktop.app.setLocale({ locale: locale.value })
  watch(locale, tellLocale)
  if (typeof requestIdleCallback === 'function') requestIdleCallback(tellLocale, { timeout: 2000 })
  else tellLocale()
  applyToDocument()
  return { locale, theme, resolvedTheme, toggleTheme, effectiveTheme }
})
