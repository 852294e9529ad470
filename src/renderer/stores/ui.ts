// Interface preferences: language and theme, kept in localStorage (not user data).
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { LOCALES, type Locale } from '@shared/ipc/contract'
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
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)')

  function effectiveTheme(): 'light' | 'dark' {
    return theme.value === 'system' ? (dark?.matches ? 'dark' : 'light') : theme.value
  }
  function applyToDocument(): void {
    document.documentElement.dataset['theme'] = effectiveTheme()
    document.documentElement.lang = locale.value
    i18nLocale.value = locale.value
  }
  function toggleTheme(): void {
    theme.value = effectiveTheme() === 'dark' ? 'light' : 'dark'
  }

  dark?.addEventListener('change', applyToDocument)
  watch([locale, theme], () => {
    localStorage.setItem(KEY, JSON.stringify({ locale: locale.value, theme: theme.value }))
    applyToDocument()
  })
  watch(locale, (l) => void desktop.app.setLocale({ locale: l }), { immediate: true })
  applyToDocument()
  return { locale, theme, toggleTheme, effectiveTheme }
})
