import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ProgressSeries } from '../../../../lib/checklist/history';
import type { Locale } from '../../../../lib/i18n/locale';

/** Distinct colours with enough contrast on white; the overall line is thick and dark. */
export const SERIES_COLOURS = [
  '#0a5c5a',
  '#1f5fbf',
  '#a3261f',
  '#7a4b00',
  '#6a3d9a',
  '#1d6b33',
  '#b0307a',
  '#37474f',
  '#8c5a00',
  '#00695c',
  '#5d4037',
];

export interface HistoryChartProps {
  series: ProgressSeries;
  locale: Locale;
  overallLabel: string;
  /** Describes the chart for screen readers; the table below holds the figures. */
  description: string;
}

/** Progress over time per section (uPlot on a canvas), redrawn when the series change. */
export function HistoryChart({ series, locale, overallLabel, description }: HistoryChartProps) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || series.x.length === 0) return;
    const width = Math.max(320, element.clientWidth || 800);
    const options: uPlot.Options = {
      width,
      height: 320,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: [0, 100] } },
      axes: [{}, { values: (_chart, ticks) => ticks.map((tick) => `${tick}%`) }],
      series: [
        {},
        { label: overallLabel, stroke: '#1b2430', width: 3 },
        ...series.sections.map((section, index) => ({
          label: section.title[locale],
          stroke: SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#0a5c5a',
          width: 1.5,
        })),
      ],
    };
    const chart = new uPlot(options, [series.x, series.overall, ...series.sections.map((section) => section.values)], element);
    const onResize = () => chart.setSize({ width: Math.max(320, element.clientWidth), height: 320 });
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.destroy();
    };
  }, [series, locale, overallLabel]);
  return <div ref={container} class="cl-chart" role="img" aria-label={description} data-testid="history-chart" />;
}
