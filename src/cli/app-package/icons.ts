import type { Rgba } from './png';

/**
 * The app's icons, drawn from shapes so they can be regenerated and checked: a speech bubble (members
 * ask) holding red, amber and green bars (plans' status). Coordinates are fractions of the icon.
 */
type Point = [number, number];
type Colour = [number, number, number];

const navy: Colour = [0x1f, 0x4e, 0x79]; // the manifest's accentColor
const white: Colour = [0xff, 0xff, 0xff];
const bars: { x: number; top: number; colour: Colour }[] = [
  { x: 0.33, top: 0.5, colour: [0xc0, 0x39, 0x2b] },
  { x: 0.46, top: 0.42, colour: [0xe6, 0xa1, 0x17] },
  { x: 0.59, top: 0.34, colour: [0x2e, 0x8b, 0x57] },
];
const barWidth = 0.1;
const barBottom = 0.6;

function inRoundedRect([x, y]: Point, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  const dx = Math.max(left + radius - x, 0, x - (right - radius));
  const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
  return x >= left && x <= right && y >= top && y <= bottom && dx * dx + dy * dy <= radius * radius;
}

function inTriangle([x, y]: Point, a: Point, b: Point, c: Point): boolean {
  const side = (p: Point, q: Point) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function inBubble(p: Point): boolean {
  return inRoundedRect(p, 0.2, 0.22, 0.8, 0.7, 0.09) || inTriangle(p, [0.28, 0.62], [0.24, 0.86], [0.5, 0.62]);
}

function barAt([x, y]: Point): Colour | undefined {
  return bars.find((bar) => x >= bar.x && x <= bar.x + barWidth && y >= bar.top && y <= barBottom)?.colour;
}

/** Inside the bubble but within `stroke` of its edge: the outline's line. */
function onBubbleEdge(p: Point, stroke: number): boolean {
  if (!inBubble(p)) return false;
  for (let i = 0; i < 32; i++) {
    const angle = (i / 32) * 2 * Math.PI;
    if (!inBubble([p[0] + stroke * Math.cos(angle), p[1] + stroke * Math.sin(angle)])) return true;
  }
  return false;
}

/** Renders with 4x4 supersampling; `shade` gives a point's colour and opacity, or nothing. */
function render(size: number, shade: (p: Point) => [Colour, number] | undefined): Rgba {
  const data = new Uint8Array(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const hit = shade([(px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size]);
          if (!hit) continue;
          const [[cr, cg, cb], alpha] = hit;
          r += cr * alpha;
          g += cg * alpha;
          b += cb * alpha;
          a += alpha;
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) data.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (n * n))], at);
    }
  }
  return { width: size, height: size, data };
}

/** 192x192, full colour on the accent colour. */
export function colourIcon(): Rgba {
  return render(192, (p) => [barAt(p) ?? (inBubble(p) ? white : navy), 1]);
}

/** 32x32, white on transparent, as Teams requires of the outline icon. */
export function outlineIcon(): Rgba {
  return render(32, (p) => (barAt(p) || onBubbleEdge(p, 0.075) ? [white, 1] : undefined));
}
