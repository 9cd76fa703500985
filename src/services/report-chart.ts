/**
 * The report's picture: milestones done per month, as a bar chart drawn in
 * SVG and rendered to PNG on the server with resvg (its binary ships inside
 * its npm package). Months hidden by the minimum group size are drawn as an
 * empty outlined bar labelled "hidden", never as a number. Its words come in
 * the admin's language (blocks/report.ts's reportChartTexts).
 */
import { Resvg } from '@resvg/resvg-js';
import type { Report } from '../domain/metrics.js';

/** The chart's words, in the reader's language. */
export interface ChartTexts {
  title: string;
  /** Under the title: the period, and which months are hidden. */
  note: string;
  /** The label of a month hidden by the minimum group size. */
  hidden: string;
  /** A month's label on the axis, from YYYY-MM. */
  month(month: string): string;
}

const WIDTH = 800;
const HEIGHT = 400;
const MARGIN = { top: 56, right: 24, bottom: 64, left: 56 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A "nice" axis maximum: 1, 2 or 5 times a power of ten, at least `value`. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? 10 * power;
}

export function completionChartSvg(report: Report, texts: ChartTexts): string {
  const months = report.completionsByMonth;
  const values = months.map((month) => (month.done.shown ? month.done.value : 0));
  const max = niceMax(Math.max(0, ...values));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const labelEvery = Math.ceil(months.length / 12);
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;

  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="28" font-size="18" font-weight="bold" fill="#1d3b53">${escapeXml(texts.title)}</text>`,
    `<text x="${MARGIN.left}" y="46" font-size="12" fill="#555555">${escapeXml(texts.note)}</text>`,
  ];
  for (const tick of [0, 0.5, 1]) {
    const value = Math.round(max * tick);
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value)}" y2="${y(value)}" stroke="#dddddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(value) + 4}" font-size="12" text-anchor="end" fill="#555555">${value}</text>`,
    );
  }
  months.forEach((month, index) => {
    const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
    const centre = x + barWidth / 2;
    if (month.done.shown) {
      const top = y(month.done.value);
      parts.push(
        `<rect x="${x}" y="${top}" width="${barWidth}" height="${MARGIN.top + plotHeight - top}" fill="#2e86ab"/>`,
      );
      if (months.length <= 24)
        parts.push(
          `<text x="${centre}" y="${top - 6}" font-size="11" text-anchor="middle" fill="#1d3b53">${month.done.value}</text>`,
        );
    } else {
      parts.push(
        `<rect x="${x}" y="${MARGIN.top + plotHeight - 24}" width="${barWidth}" height="24" fill="none" stroke="#aaaaaa" stroke-dasharray="4 3"/>`,
      );
      if (months.length <= 24)
        parts.push(
          `<text x="${centre}" y="${MARGIN.top + plotHeight - 30}" font-size="10" text-anchor="middle" fill="#888888">${escapeXml(texts.hidden)}</text>`,
        );
    }
    if (index % labelEvery === 0) {
      const label = texts.month(month.month);
      parts.push(
        `<text x="${centre}" y="${HEIGHT - MARGIN.bottom + 20}" font-size="12" text-anchor="middle" fill="#333333">${escapeXml(label)}</text>`,
      );
    }
  });
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight}" stroke="#333333"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">${parts.join('')}</svg>`;
}

export function completionChartPng(report: Report, texts: ChartTexts): Buffer {
  const svg = completionChartSvg(report, texts);
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
}
