/**
 * A chart block in DOCX: the chart's SVG as the image, with a PNG rendering (resvg) as the fallback Word versions
 * without SVG support show; the caption in italics under it.
 */
import { Resvg } from '@resvg/resvg-js';
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { type ChartBlock, chartSvg } from '../domain/chart.js';
import { halfPoints } from './docx-parts.js';

const CHART_FONT = 'Liberation Serif, Tinos, Times New Roman, DejaVu Serif, serif';
/** Width and height of the picture in points (the text width of a portrait A4 page is about 459 pt). */
const WIDTH_PT = 450;
const HEIGHT_PT = 190;

export function chartPng(block: ChartBlock, widthPt = WIDTH_PT, heightPt = HEIGHT_PT): Buffer {
  const svg = chartSvg(block, widthPt, heightPt, CHART_FONT);
  return Buffer.from(
    new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 3 },
      font: { loadSystemFonts: true, serifFamily: 'Liberation Serif' },
    })
      .render()
      .asPng(),
  );
}

export function chartElements(block: ChartBlock): Paragraph[] {
  const svg = Buffer.from(chartSvg(block, WIDTH_PT, HEIGHT_PT, CHART_FONT));
  // docx sizes pictures in pixels at 96 dpi.
  const px = (pt: number) => Math.round((pt * 96) / 72);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          data: svg,
          fallback: { type: 'png', data: chartPng(block) },
          transformation: { width: px(WIDTH_PT), height: px(HEIGHT_PT) },
          altText: { name: block.title, description: block.title, title: block.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: block.title, italics: true, size: halfPoints(11) })],
    }),
  ];
}
