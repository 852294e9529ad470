// One transient message at a time, optionally with an action such as 撤销 / Undo.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

export interface Toast {
  message: string
  actionLabel?: string
  action?: () => Promise<void> | void
}

export const TOAST_MS = 10_000

export const useToastStore = defineStore('toast', () => {
  const current = shallowRef<Toast | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null

  function show(toast: Toast): void {
    if (timer) clearTimeout(timer)
    current.value = toast
    timer = setTimeout(() => (current.value = null), TOAST_MS)
  }
  async function act(): Promise<void> {
    const t = current.value
    current.value = null
    await t?.action?.()
  }
  function dismiss(): void {
    current.value = null
  }
  return { current, show, act, dismiss }
})
