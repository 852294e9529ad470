// A small typed i18n: zh-CN first, English second. `t('nav.timeline')` is checked at compile time.
import { ref } from 'vue'
import type { Locale } from '@shared/ipc/contract'
import { zhCN } from './zh-CN'
import { en } from './en'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof zhCN>

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Paths<Messages>

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en }
export const locale = ref<Locale>('zh-CN')

export function translate(key: string, loc: Locale = locale.value): string {
  let node: unknown = catalogs[loc]
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string' ? node : key
}

/** A message; `{name}` placeholders are filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const text = translate(key)
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text
}

/** For enum values: `tEnum('level', policy.level)`. */
export function tEnum(group: keyof Messages, value: string): string {
  return translate(`${group}.${value}`)
}


/** A record field's name for people (`summary` → 摘要); the field itself when there is none. */
export function fieldLabel(field: string): string {
  const key = `fields.${field}`
  const text = translate(key)
  return text === key ? field : text
}
