// Pure label and marker placement for the Caspian map (greedy, candidate offsets): no React, no I/O.

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type TextAnchor = 'start' | 'middle' | 'end';
export type LabelInput = { id: string; x: number; y: number; radius: number; text: string };
export type LabelPlacement = { id: string; x: number; y: number; anchor: TextAnchor; box: Box };
export type LayoutBounds = { width: number; height: number };
export type Circle = { x: number; y: number; r: number };
export type MarkerInput = { id: string; x: number; y: number };
export type MarkerPlacement = MarkerInput & { anchorX: number; anchorY: number; moved: boolean };

/**
 * Conservative width estimate (no DOM measuring): about 0.6 em per character suits Latin,
 * Cyrillic and Persian (Vazirmatn / Noto Sans); grapheme-ish count via the string iterator.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6 + 2;
}

/** Bounding box of a label whose baseline point is (x, y). */
export function labelBox(x: number, y: number, width: number, anchor: TextAnchor, fontSize: number): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - fontSize * 0.85, x1: x0 + width, y1: y + fontSize * 0.3 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export function circleBox(c: Circle): Box {
  return { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r };
}

type Candidate = { dx: number; dy: number; anchor: TextAnchor };

/**
 * Candidate offsets in order of preference: beside, above/below, then diagonals. Each one
 * keeps the label box clear of the marker's own square bounding box (radius + 1).
 */
function candidates(radius: number, fontSize: number): Candidate[] {
  const g = radius + 3;
  const d = g * 0.8;
  const up = fontSize * 0.3; // baseline to box bottom
  const down = fontSize * 0.85; // baseline to box top
  return [
    { dx: g, dy: up, anchor: 'start' },
    { dx: -g, dy: up, anchor: 'end' },
    { dx: 0, dy: -g - up, anchor: 'middle' },
    { dx: 0, dy: g + down, anchor: 'middle' },
    { dx: d, dy: -d - up, anchor: 'start' },
    { dx: d, dy: d + down, anchor: 'start' },
    { dx: -d, dy: -d - up, anchor: 'end' },
    { dx: -d, dy: d + down, anchor: 'end' },
  ];
}

function outsideCost(box: Box, bounds: LayoutBounds): number {
  const dx = Math.max(0, -box.x0) + Math.max(0, box.x1 - bounds.width);
  const dy = Math.max(0, -box.y0) + Math.max(0, box.y1 - bounds.height);
  return (dx + dy) * 1000;
}

function placementCost(box: Box, taken: readonly Box[], bounds: LayoutBounds): number {
  return taken.reduce((sum, t) => sum + overlapArea(box, t), 0) + outsideCost(box, bounds);
}

/**
 * Greedy placement: each label (in input order, so put the important ones first) takes the
 * first candidate position that overlaps nothing already placed nor any obstacle; if none is
 * free, the one with the least overlap.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  bounds: LayoutBounds,
  fontSize: number,
  obstacles: readonly Box[] = [],
): LabelPlacement[] {
  const taken: Box[] = [...obstacles];
  const placed: LabelPlacement[] = [];
  for (const label of labels) {
    const width = estimateTextWidth(label.text, fontSize);
    let best: LabelPlacement | null = null;
    let bestCost = Infinity;
    for (const c of candidates(label.radius, fontSize)) {
      const x = label.x + c.dx;
      const y = label.y + c.dy;
      const box = labelBox(x, y, width, c.anchor, fontSize);
      const cost = placementCost(box, taken, bounds);
      if (cost < bestCost) [best, bestCost] = [{ id: label.id, x, y, anchor: c.anchor, box }, cost];
      if (cost === 0) break;
    }
    if (best) {
      placed.push(best);
      taken.push(best.box);
    }
  }
  return placed;
}

/** Rotations tried when moving a marker: straight away first, then gradually further round. */
const ROTATIONS = [0, 1, -1, 2, -2, 3, -3, 4].map((k) => (k * Math.PI) / 4);

function collides(x: number, y: number, size: number, circles: readonly Circle[]): boolean {
  return circles.some((c) => Math.hypot(c.x - x, c.y - y) < c.r + size);
}

/**
 * Moves markers (ports) that would sit on top of a fixed circle (province) or an earlier
 * marker just far enough away, trying first the direction away from what they hit; moved
 * markers keep their true position as anchorX/anchorY for a leader line.
 */
export function separateMarkers(
  markers: readonly MarkerInput[],
  fixed: readonly Circle[],
  size: number,
  gap = 2,
): MarkerPlacement[] {
  const occupied: Circle[] = [...fixed];
  return markers.map((m) => {
    const hit = occupied.find((c) => Math.hypot(c.x - m.x, c.y - m.y) < c.r + size + gap);
    let x = m.x;
    let y = m.y;
    if (hit) {
      const away = Math.hypot(m.x - hit.x, m.y - hit.y) >= 1 ? Math.atan2(m.y - hit.y, m.x - hit.x) : -Math.PI / 4;
      const distance = hit.r + size + gap + 1;
      const tries = ROTATIONS.map((r) => away + r);
      const free = tries.find(
        (a) => !collides(hit.x + Math.cos(a) * distance, hit.y + Math.sin(a) * distance, size + gap, occupied),
      );
      const angle = free ?? away;
      x = Math.round((hit.x + Math.cos(angle) * distance) * 10) / 10;
      y = Math.round((hit.y + Math.sin(angle) * distance) * 10) / 10;
    }
    occupied.push({ x, y, r: size });
    return { ...m, x, y, anchorX: m.x, anchorY: m.y, moved: hit !== undefined };
  });
}
