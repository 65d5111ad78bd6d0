/**
 * Places count labels on graph edges so that none sits on an arrowhead, on a node or on another label.
 *
 * Each label is tried at a few positions along its edge (the middle first, then alternately towards
 * either end, never the last 15 % where the arrowhead is) and takes the first position whose box
 * overlaps no node, no arrowhead (of any edge) and no label placed before. If every position collides, the least
 * overlapping one is used: a label is never dropped, since the count is the information.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly key: string;
  /** Empty for an edge without a label: its arrowhead still keeps other labels away. */
  readonly text: string;
  readonly points: readonly Point[];
}

export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  /** Centre of the label's box. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

/** Width of one character at the 11 px label font (tabular digits), with a little margin. */
const CHAR_W = 7;
const LABEL_H = 14;
const POSITIONS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];

export function labelBox(text: string, centre: Point): Box {
  const width = text.length * CHAR_W + 6;
  return { x: centre.x - width / 2, y: centre.y - LABEL_H / 2, width, height: LABEL_H };
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The point at fraction `t` (0…1) of a polyline's length. */
export function pointAlong(points: readonly Point[], t: number): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  if (points.length === 1) return points[0]!;
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const d = Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
    lengths.push(d);
    total += d;
  }
  let remaining = total * t;
  for (let i = 0; i < lengths.length; i++) {
    const d = lengths[i]!;
    if (remaining <= d || i === lengths.length - 1) {
      const f = d === 0 ? 0 : Math.min(1, remaining / d);
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    remaining -= d;
  }
  return points[points.length - 1]!;
}

/** Room kept free around each edge's end, where its arrowhead (8 px marker × 1.5 px stroke) is drawn. */
const ARROW = 16;

export function placeEdgeLabels(labels: readonly LabelRequest[], nodes: readonly Box[]): PlacedLabel[] {
  const arrowheads = labels.flatMap((l) => {
    const tip = l.points[l.points.length - 1];
    return tip ? [{ x: tip.x - ARROW / 2, y: tip.y - ARROW / 2, width: ARROW, height: ARROW }] : [];
  });
  const obstacles = [...nodes, ...arrowheads];
  const placed: PlacedLabel[] = [];
  for (const label of labels) {
    if (label.text === '') continue;
    let best: { centre: Point; box: Box; cost: number } | undefined;
    for (const t of POSITIONS) {
      const centre = pointAlong(label.points, t);
      const box = labelBox(label.text, centre);
      let cost = 0;
      for (const o of obstacles) cost += overlapArea(box, o);
      for (const p of placed) cost += overlapArea(box, p.box);
      if (best === undefined || cost < best.cost) best = { centre, box, cost };
      if (cost === 0) break;
    }
    if (best)
      placed.push({ key: label.key, text: label.text, x: best.centre.x, y: best.centre.y, box: best.box });
  }
  return placed;
}
