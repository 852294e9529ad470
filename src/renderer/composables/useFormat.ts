// Formatting helpers the screens share: partial dates, unknown values, source lines.
import { formatPartialDate } from '@shared/dates/partial-date'
import { LOCAL_SOURCE_ID } from '@shared/model/local-source'
import type { SourceRef } from '@shared/model/common'
import { locale, t } from '../i18n'

export function fmtDate(s: string | null | undefined): string {
  return formatPartialDate(s, locale.value) ?? t('common.unknown')
}

/** A record field's value as text: strings as they are, other values as JSON, nothing as —. */
export function fmtValue(v: unknown, spread = false): string {
  if (v === null || v === undefined) return '—'
  return typeof v === 'string' ? v : JSON.stringify(v, null, spread ? 1 : undefined)
}

export function fmtTime(ms: number): string {
  return new Date(ms).toLocaleString(locale.value, { dateStyle: 'medium', timeStyle: 'short' })
}

export const REPORT_TITLE: Record<string, string> = {
  'report-2024-cn-ai-large-models': '《国内AI大模型产业发展深度分析 2024》',
}

export function fmtSources(sources: SourceRef[]): string {
  const title = (id: string) => (id === LOCAL_SOURCE_ID ? t('common.localEntry') : (REPORT_TITLE[id] ?? id))
  return sources.map((s) => `${title(s.sourceId)}${s.chapter ? ' · ' + s.chapter : ''}`).join('；')
}
