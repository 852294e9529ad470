// Chart colours read from the theme's CSS variables, read again when the theme changes, so
// ECharts options follow light and dark like the rest of the screen.
import { nextTick, ref, watch } from 'vue'
import type { ChartColors } from '../charts/overview-options'
import { useUiStore } from '../stores/ui'

function readColors(): ChartColors {
  const css = (n: string) => getComputedStyle(document.documentElement).getPropertyValue(n).trim()
  return { text: css('--text'), muted: css('--muted'), grid: css('--border'), accent: css('--accent'), accent2: css('--accent-2'), low: css('--panel-2') }
}

export function useChartColors() {
  const ui = useUiStore()
  const colors = ref<ChartColors>(readColors())
  watch(() => ui.resolvedTheme, () => void nextTick(() => (colors.value = readColors())))
  return colors
}
