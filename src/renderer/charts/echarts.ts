// ECharts, registered once and tree-shaken: only what the app's charts use.
import * as echarts from 'echarts/core'
import { BarChart, CustomChart, GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts'
import { BrushComponent, DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, ToolboxComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'
import { LabelLayout } from 'echarts/features'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

echarts.use([BrushComponent, MarkAreaComponent, ToolboxComponent, ScatterChart, CustomChart, BarChart, HeatmapChart, GraphChart, VisualMapComponent, GridComponent, TooltipComponent, DataZoomComponent, LegendComponent, MarkLineComponent, LabelLayout, CanvasRenderer, SVGRenderer])

export { echarts }
