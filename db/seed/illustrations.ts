import type { FocalPoint } from '@/lib/image-crops';
import type { DemoSectionSlug } from './demo-articles';

/**
 * The demo newsroom's pictures, drawn in code: a flat illustration for each story from its section (the
 * motif and colours) and its headline (where things stand, their sizes and shades). No photo or drawing is
 * copied from anywhere. Each has a subject off-centre, and its focal point is on that subject, so the crops
 * on cards and social images show the focal point at work.
 */

/** The illustrations' size: 16:9, large enough for the widest card crop and the article column. */
export const ILLUSTRATION_WIDTH = 1280;
export const ILLUSTRATION_HEIGHT = 720;

export interface DemoIllustration {
  svg: string;
  focal: FocalPoint;
  /** What it shows, for readers who cannot see it. */
  altText: string;
}

/** A small deterministic generator from a string, so every seed draws the same pictures. */
function randomFrom(text: string): () => number {
  let state = 2166136261;
  for (const character of text) state = Math.imul(state ^ (character.codePointAt(0) ?? 0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sectionHues: Record<DemoSectionSlug, number> = { world: 205, politics: 352, business: 172, technology: 262, sport: 128, culture: 28 };

const hsl = (hue: number, saturation: number, lightness: number) => `hsl(${Math.round(hue) % 360} ${saturation}% ${lightness}%)`;
const r = (value: number) => Math.round(value);

interface Scene {
  /** Centre of the subject, in pixels. */
  x: number;
  y: number;
  size: number;
  hue: number;
  random: () => number;
}

const W = ILLUSTRATION_WIDTH;
const H = ILLUSTRATION_HEIGHT;

function world({ x, y, size, hue, random }: Scene): [string, string] {
  const waves = Array.from({ length: 5 }, (_, row) => {
    const top = H * 0.72 + row * 34;
    let d = `M0 ${r(top)}`;
    for (let step = 0; step <= 16; step++) d += ` Q${r(step * 80 + 40)} ${r(top - 14 - random() * 10)} ${r((step + 1) * 80)} ${r(top)}`;
    return `<path d="${d}" fill="none" stroke="${hsl(hue, 55, 70 - row * 6)}" stroke-width="6"/>`;
  }).join('');
  const meridians = [0.25, 0.55, 0.85]
    .map(
      (k) =>
        `<ellipse cx="${r(x)}" cy="${r(y)}" rx="${r(size * k)}" ry="${r(size)}" fill="none" stroke="${hsl(hue, 40, 92)}" stroke-width="4"/>`,
    )
    .join('');
  const parallels = [-0.5, 0, 0.5]
    .map(
      (k) =>
        `<line x1="${r(x - size * Math.sqrt(1 - k * k))}" y1="${r(y + k * size)}" x2="${r(x + size * Math.sqrt(1 - k * k))}" y2="${r(y + k * size)}" stroke="${hsl(hue, 40, 92)}" stroke-width="4"/>`,
    )
    .join('');
  return [
    `${waves}<circle cx="${r(x)}" cy="${r(y)}" r="${r(size)}" fill="${hsl(hue, 60, 45)}"/>${meridians}${parallels}`,
    'a globe above rolling waves',
  ];
}

function politics({ x, y, size, hue, random }: Scene): [string, string] {
  const base = y + size * 0.9;
  const width = size * 2.4;
  const columns = Array.from({ length: 7 }, (_, i) => {
    const cx = x - width / 2 + (i + 0.5) * (width / 7);
    return `<rect x="${r(cx - size * 0.06)}" y="${r(y - size * 0.1)}" width="${r(size * 0.12)}" height="${r(size)}" fill="${hsl(hue, 20, 94)}"/>`;
  }).join('');
  const flagHue = hue + 180 + random() * 40;
  return [
    `<rect x="${r(x - width / 2 - 30)}" y="${r(base)}" width="${r(width + 60)}" height="${r(size * 0.18)}" fill="${hsl(hue, 25, 85)}"/>` +
      `<rect x="${r(x - width / 2)}" y="${r(y - size * 0.25)}" width="${r(width)}" height="${r(size * 0.16)}" fill="${hsl(hue, 25, 88)}"/>` +
      columns +
      `<path d="M${r(x - size * 0.7)} ${r(y - size * 0.25)} A${r(size * 0.7)} ${r(size * 0.62)} 0 0 1 ${r(x + size * 0.7)} ${r(y - size * 0.25)}Z" fill="${hsl(hue, 35, 80)}"/>` +
      `<line x1="${r(x)}" y1="${r(y - size * 0.87)}" x2="${r(x)}" y2="${r(y - size * 1.3)}" stroke="${hsl(hue, 10, 20)}" stroke-width="6"/>` +
      `<path d="M${r(x)} ${r(y - size * 1.3)} h${r(size * 0.42)} l-${r(size * 0.08)} ${r(size * 0.12)} l${r(size * 0.08)} ${r(size * 0.12)} h-${r(size * 0.42)}Z" fill="${hsl(flagHue, 70, 50)}"/>`,
    'a domed parliament building with a flag',
  ];
}

function business({ x, y, size, hue, random }: Scene): [string, string] {
  const colours = [hsl(hue, 60, 45), hsl(hue + 150, 60, 50), hsl(hue + 40, 55, 55), hsl(hue + 200, 45, 40)];
  const containers = Array.from({ length: 12 }, (_, i) => {
    const col = i % 4;
    const row = Math.floor(i / 4);
    return `<rect x="${r(x - size * 1.1 + col * size * 0.56)}" y="${r(y + size * 0.2 - row * size * 0.3)}" width="${r(size * 0.52)}" height="${r(size * 0.26)}" fill="${colours[Math.floor(random() * colours.length)]}"/>`;
  }).join('');
  const hull = `<path d="M${r(x - size * 1.4)} ${r(y + size * 0.48)} h${r(size * 2.8)} l-${r(size * 0.25)} ${r(size * 0.45)} h-${r(size * 2.3)}Z" fill="${hsl(hue, 20, 22)}"/>`;
  const crane =
    `<rect x="${r(x + size * 1.5)}" y="${r(y - size * 1.2)}" width="${r(size * 0.1)}" height="${r(size * 2.1)}" fill="${hsl(hue + 20, 70, 55)}"/>` +
    `<rect x="${r(x + size * 0.3)}" y="${r(y - size * 1.2)}" width="${r(size * 1.6)}" height="${r(size * 0.08)}" fill="${hsl(hue + 20, 70, 55)}"/>` +
    `<line x1="${r(x + size * 0.5)}" y1="${r(y - size * 1.12)}" x2="${r(x + size * 0.5)}" y2="${r(y - size * 0.55)}" stroke="${hsl(hue, 10, 20)}" stroke-width="4"/>` +
    `<rect x="${r(x + size * 1.3)}" y="${r(y + size * 0.88)}" width="${r(size * 0.5)}" height="${r(size * 0.1)}" fill="${hsl(hue, 15, 30)}"/>`;
  const sea = `<rect x="0" y="${r(y + size * 0.9)}" width="${W}" height="${H}" fill="${hsl(hue + 30, 45, 35)}"/>`;
  return [sea + hull + containers + crane, 'a cargo ship stacked with containers beside a crane'];
}

function technology({ x, y, size, hue, random }: Scene): [string, string] {
  const traces = Array.from({ length: 14 }, () => {
    const side = Math.floor(random() * 4);
    const along = (random() - 0.5) * size * 1.4;
    const ends: Record<number, [number, number, number, number]> = {
      0: [x + along, y - size * 0.7, x + along, 0],
      1: [x + size * 0.7, y + along, W, y + along],
      2: [x + along, y + size * 0.7, x + along, H],
      3: [x - size * 0.7, y + along, 0, y + along],
    };
    const [x1, y1, x2, y2] = ends[side] ?? [0, 0, 0, 0];
    return `<line x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}" stroke="${hsl(hue, 60, 65)}" stroke-width="5"/><circle cx="${r(x2 === W ? W - 40 : x2 === 0 ? 40 : x2)}" cy="${r(y2 === H ? H - 40 : y2 === 0 ? 40 : y2)}" r="10" fill="${hsl(hue, 70, 75)}"/>`;
  }).join('');
  return [
    traces +
      `<rect x="${r(x - size * 0.7)}" y="${r(y - size * 0.7)}" width="${r(size * 1.4)}" height="${r(size * 1.4)}" rx="18" fill="${hsl(hue, 35, 18)}"/>` +
      `<rect x="${r(x - size * 0.42)}" y="${r(y - size * 0.42)}" width="${r(size * 0.84)}" height="${r(size * 0.84)}" rx="8" fill="${hsl(hue, 55, 55)}"/>`,
    'a microchip with circuit traces running to the edges',
  ];
}

function sport({ x, y, size, hue }: Scene): [string, string] {
  const lanes = [1, 1.25, 1.5, 1.75]
    .map(
      (k) =>
        `<ellipse cx="${W / 2}" cy="${r(H * 0.62)}" rx="${r(W * 0.32 * k)}" ry="${r(H * 0.16 * k)}" fill="none" stroke="${hsl(hue, 30, 92)}" stroke-width="5"/>`,
    )
    .join('');
  const ball =
    `<circle cx="${r(x)}" cy="${r(y)}" r="${r(size * 0.8)}" fill="#f7f7f2"/>` +
    `<path d="M${r(x)} ${r(y - size * 0.3)} l${r(size * 0.29)} ${r(size * 0.21)} l-${r(size * 0.11)} ${r(size * 0.34)} h-${r(size * 0.36)} l-${r(size * 0.11)} -${r(size * 0.34)}Z" fill="${hsl(hue, 15, 15)}"/>`;
  return [
    `<rect x="0" y="${r(H * 0.4)}" width="${W}" height="${H}" fill="${hsl(hue, 45, 38)}"/>${lanes}${ball}`,
    'a football over the lines of a pitch',
  ];
}

function culture({ x, y, size, hue, random }: Scene): [string, string] {
  const beam = `<path d="M${r(x)} 0 L${r(x + size * 1.3)} ${r(H * 0.85)} L${r(x - size * 1.3)} ${r(H * 0.85)}Z" fill="${hsl(hue + 20, 90, 85)}" opacity="0.55"/>`;
  const curtain = (left: boolean) =>
    Array.from({ length: 6 }, (_, i) => {
      const px = left ? i * 60 : W - (i + 1) * 60;
      return `<rect x="${px}" y="0" width="60" height="${H}" fill="${hsl(hue + 330, 65, 30 + (i % 2) * 8)}"/>`;
    }).join('');
  const frames = Array.from({ length: 4 }, (_, i) => {
    const fx = x - size * 0.9 + i * size * 0.46;
    return `<rect x="${r(fx)}" y="${r(y - size * 0.25)}" width="${r(size * 0.4)}" height="${r(size * 0.5)}" fill="${hsl(hue + random() * 60, 50, 60)}"/>`;
  }).join('');
  return [
    `${beam}${curtain(true)}${curtain(false)}<rect x="${r(x - size)}" y="${r(y - size * 0.38)}" width="${r(size * 2)}" height="${r(size * 0.76)}" fill="${hsl(hue, 10, 12)}"/>${frames}` +
      `<rect x="0" y="${r(H * 0.85)}" width="${W}" height="${r(H * 0.15)}" fill="${hsl(hue + 20, 35, 25)}"/>`,
    'a strip of film frames in a spotlight between stage curtains',
  ];
}

const motifs: Record<DemoSectionSlug, (scene: Scene) => [string, string]> = { world, politics, business, technology, sport, culture };

/** The illustration of a demo story: its section's motif, placed and shaded by its headline. */
export function demoIllustration(story: { slug: string; title: string; section: DemoSectionSlug; sectionName: string }): DemoIllustration {
  const random = randomFrom(`${story.slug} ${story.title}`);
  const hue = sectionHues[story.section] + (random() - 0.5) * 30;
  // The subject stands left or right of centre, so a crop that kept only the middle would cut it.
  const side = random() < 0.5 ? -1 : 1;
  const x = W / 2 + side * W * (0.14 + random() * 0.12);
  const y = H * (0.4 + random() * 0.12);
  const size = H * (0.2 + random() * 0.06);
  const [subject, shows] = motifs[story.section]({ x, y, size, hue, random });
  const light = 72 + random() * 14;
  const sky = `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(hue + 20, 45, light)}"/><stop offset="1" stop-color="${hsl(hue, 40, light - 20)}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  // A sun (or moon) on the far side from the subject, and a few clouds: where they fall follows the headline.
  const sun = `<circle cx="${r(W / 2 - side * W * (0.3 + random() * 0.12))}" cy="${r(H * (0.16 + random() * 0.12))}" r="${r(H * (0.06 + random() * 0.04))}" fill="${hsl(hue + 180, 80, 88)}" opacity="0.9"/>`;
  const clouds = Array.from({ length: 2 + Math.floor(random() * 3) }, () => {
    const cx = random() * W;
    const cy = H * (0.08 + random() * 0.22);
    const w = W * (0.06 + random() * 0.08);
    return `<ellipse cx="${r(cx)}" cy="${r(cy)}" rx="${r(w)}" ry="${r(w * 0.32)}" fill="#ffffff" opacity="0.55"/><ellipse cx="${r(cx + w * 0.4)}" cy="${r(cy - w * 0.18)}" rx="${r(w * 0.55)}" ry="${r(w * 0.3)}" fill="#ffffff" opacity="0.55"/>`;
  }).join('');
  // Hills on the horizon, shaped by the headline's words.
  const words = story.title.split(/\s+/).filter(Boolean);
  let hills = `M0 ${r(H * 0.75)}`;
  words.forEach((word, index) => {
    const hx = ((index + 1) / words.length) * W;
    hills += ` Q${r(hx - W / words.length / 2)} ${r(H * (0.6 - Math.min(word.length, 12) * 0.012))} ${r(hx)} ${r(H * 0.72)}`;
  });
  hills += ` L${W} ${H} L0 ${H}Z`;
  const horizon = `<path d="${hills}" fill="${hsl(hue + 40, 25, light - 32)}" opacity="0.5"/>`;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${sky}${sun}${clouds}${horizon}${subject}</svg>`,
    focal: { x: Math.round((x / W) * 100), y: Math.round((y / H) * 100) },
    altText: `Illustration: ${shows}, in the colours of ${story.sectionName}.`,
  };
}
