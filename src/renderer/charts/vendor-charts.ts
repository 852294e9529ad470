// Option builders for the vendor screen's charts: models per category (bars) and releases per
// year (open models stacked on the others, events beside them). Pure, tested without a canvas.
import type { Model, PolicyEvent } from '@shared/model/records'
import { modelsPerCategory, releasesPerYear } from '@shared/vendors/stats'
import type { ChartColors } from './overview-options'

type Label = (v: string) => string

export function categoryOption(models: readonly Model[], category: Label, c: ChartColors) {
  const d = modelsPerCategory(models)
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 110, right: 30, top: 10, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
    yAxis: { type: 'category', inverse: true, data: d.map((x) => category(x.category)), axisLabel: { color: c.text } },
    series: [
      {
        type: 'bar',
        id: 'models',
        data: d.map((x) => ({ value: x.count, category: x.category })),
        itemStyle: { color: c.accent2 },
        label: { show: true, position: 'right', color: c.text },
      },
    ],
  }
}

export interface ReleaseLabels {
  open: string
  other: string
  events: string
}

export function releasesOption(models: readonly Model[], events: readonly PolicyEvent[], labels: ReleaseLabels, c: ChartColors) {
  const d = releasesPerYear(models, events)
  return {
    animation: false,
    color: [c.accent, c.accent2, c.muted],
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: c.text } },
    grid: { left: 36, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: d.years.map(String), axisLabel: { color: c.muted } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
    series: [
      { type: 'bar', id: 'open', name: labels.open, stack: 'models', data: d.openModels },
      { type: 'bar', id: 'other', name: labels.other, stack: 'models', data: d.otherModels },
      { type: 'bar', id: 'events', name: labels.events, data: d.events },
    ],
    undatedModels: d.undatedModels,
  }
}
