import { drawFlaggedWeeks, drawQuality } from './evidence.js';
import type { Flow } from './flow.js';
import { drawHeatmap } from './heatmap.js';
import { drawMethod } from './method.js';
import { drawRedistribution } from './redistribution.js';
import { drawStacked } from './stacked.js';
import { drawTrend } from './trend.js';
import type { PackView } from './view.js';

/** The pages after the summary, in the order a board reads them: load, evidence, remedies, caveats. */
export function drawSections(flow: Flow, view: PackView): void {
  flow.newPage();
  drawHeatmap(flow, view);
  drawStacked(flow, view);
  flow.newPage();
  drawTrend(flow, view);
  flow.newPage();
  drawFlaggedWeeks(flow, view);
  drawRedistribution(flow, view);
  flow.newPage();
  drawQuality(flow, view);
  drawMethod(flow, view);
}
