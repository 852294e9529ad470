// ECharts, registered once and tree-shaken: only what the app's charts use.
import * as echarts from 'echarts/core'
import { BarChart, GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

echarts.use([ScatterChart, BarChart, HeatmapChart, GraphChart, VisualMapComponent, GridComponent, TooltipComponent, DataZoomComponent, LegendComponent, MarkLineComponent, CanvasRenderer, SVGRenderer])

export { echarts }
