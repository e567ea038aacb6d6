/** One line of a chart: its points, colour, and whether it is drawn dashed. */
export type ChartSeries = {
  label: string
  color: string
  dashed?: boolean
  points: [number, number][]
}

export type ChartPanel = { title: string; series: ChartSeries[] }

const PANEL_WIDTH = 420
const PANEL_HEIGHT = 280
const MARGIN = { top: 36, right: 16, bottom: 44, left: 56 }
const LEGEND_ROW = 18

/**
 * Panels of line charts side by side, sharing a log-scale x axis (catalog sizes) and each with a
 * linear y axis from 0, as a standalone SVG document. Small enough not to need a chart library.
 */
export function lineChartsSvg(panels: ChartPanel[], xLabel: string, yLabel: string): string {
  const xs = [...new Set(panels.flatMap((p) => p.series.flatMap((s) => s.points.map(([x]) => x))))]
  xs.sort((a, b) => a - b)
  const labels = [...new Map(panels.flatMap((p) => p.series).map((s) => [s.label, s])).values()]
  const legendHeight = Math.ceil(labels.length / 3) * LEGEND_ROW + 12
  const width = panels.length * PANEL_WIDTH
  const height = PANEL_HEIGHT + legendHeight
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ]
  panels.forEach((panel, index) =>
    parts.push(panelSvg(panel, index * PANEL_WIDTH, xs, xLabel, yLabel))
  )
  labels.forEach((series, index) => {
    const x = 16 + (index % 3) * (width / 3)
    const y = PANEL_HEIGHT + 8 + Math.floor(index / 3) * LEGEND_ROW
    parts.push(
      `<line x1="${x}" y1="${y + 6}" x2="${x + 24}" y2="${y + 6}" stroke="${series.color}" ` +
        `stroke-width="2"${series.dashed ? ' stroke-dasharray="5 3"' : ""}/>`,
      `<text x="${x + 30}" y="${y + 10}">${escapeXml(series.label)}</text>`
    )
  })
  parts.push("</svg>")
  return parts.join("\n") + "\n"
}

function panelSvg(
  panel: ChartPanel,
  left: number,
  xs: number[],
  xLabel: string,
  yLabel: string
): string {
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom
  const yMax = niceCeiling(Math.max(1, ...panel.series.flatMap((s) => s.points.map(([, y]) => y))))
  const logMin = Math.log10(xs[0])
  const logSpan = Math.max(1e-9, Math.log10(xs[xs.length - 1]) - logMin)
  const px = (x: number) =>
    left +
    MARGIN.left +
    (xs.length > 1 ? ((Math.log10(x) - logMin) / logSpan) * plotWidth : plotWidth / 2)
  const py = (y: number) => MARGIN.top + plotHeight - (y / yMax) * plotHeight
  const parts = [
    `<text x="${left + PANEL_WIDTH / 2}" y="18" text-anchor="middle" font-size="13" ` +
      `font-weight="bold">${escapeXml(panel.title)}</text>`,
  ]
  for (let tick = 0; tick <= 4; tick++) {
    const value = (yMax * tick) / 4
    parts.push(
      `<line x1="${left + MARGIN.left}" y1="${py(value)}" x2="${left + MARGIN.left + plotWidth}" ` +
        `y2="${py(value)}" stroke="#e5e5e5"/>`,
      `<text x="${left + MARGIN.left - 6}" y="${py(value) + 4}" text-anchor="end">${formatTick(value)}</text>`
    )
  }
  for (const x of xs) {
    parts.push(
      `<text x="${px(x)}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle">` +
        `${x.toLocaleString("en-US")}</text>`
    )
  }
  parts.push(
    `<text x="${left + MARGIN.left + plotWidth / 2}" y="${PANEL_HEIGHT - 8}" ` +
      `text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(${left + 14} ${MARGIN.top + plotHeight / 2}) rotate(-90)" ` +
      `text-anchor="middle">${escapeXml(yLabel)}</text>`
  )
  for (const series of panel.series) {
    const points = [...series.points].sort(([a], [b]) => a - b)
    const path = points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(" ")
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${series.color}" stroke-width="2"` +
        `${series.dashed ? ' stroke-dasharray="5 3"' : ""}/>`,
      ...points.map(
        ([x, y]) =>
          `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${series.color}"/>`
      )
    )
  }
  return parts.join("\n")
}

/** 1, 2 or 5 times a power of ten, at least `value`. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}
