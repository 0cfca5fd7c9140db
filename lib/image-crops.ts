/**
 * The shapes a picture is cropped to, and where the crop falls: pure arithmetic, shared by the code that
 * makes the crops once (lib/image-variants.ts) and the pages that show them. The crop keeps the picture's
 * focal point as near its middle as the picture's edges allow.
 */

export interface CropShape {
  /** Width and height of the shape, in any unit: only their ratio matters. */
  ratio: readonly [number, number];
  /** The widths made (those no wider than the cropped picture; a smaller picture gets its own width). */
  widths: readonly number[];
  mimeType: 'image/webp' | 'image/jpeg';
  extension: 'webp' | 'jpg';
  /** Made at the first width even from a smaller picture: a social network wants its size whatever the source. */
  enlarge: boolean;
}

export const cropShapes = {
  /** Story cards: the front page's lead and top stories, listings and search results. */
  card: { ratio: [16, 9], widths: [320, 480, 640, 960, 1280], mimeType: 'image/webp', extension: 'webp', enlarge: false },
  /** Open Graph and X cards: 1200 × 630, in JPEG, which every network reads. */
  social: { ratio: [1200, 630], widths: [1200], mimeType: 'image/jpeg', extension: 'jpg', enlarge: true },
} as const satisfies Record<string, CropShape>;

export type CropShapeName = keyof typeof cropShapes;
export const cropShapeNames = Object.keys(cropShapes) as CropShapeName[];

/** A focal point in whole percent from the left and the top (0–100): what addresses and forms carry. */
export interface FocalPoint {
  x: number;
  y: number;
}

export const CENTRE: FocalPoint = { x: 50, y: 50 };

/** A stored focal coordinate (0–1) as whole percent, clamped. */
export function focalPercent(fraction: number): number {
  if (!Number.isFinite(fraction)) return 50;
  return Math.min(100, Math.max(0, Math.round(fraction * 100)));
}

export interface CropRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The largest rectangle of the shape's ratio inside a `width` × `height` picture, centred on the focal point as far as the edges allow. */
export function cropRectangle(width: number, height: number, shape: CropShapeName, focal: FocalPoint): CropRectangle {
  const [ratioWidth, ratioHeight] = cropShapes[shape].ratio;
  const target = ratioWidth / ratioHeight;
  const clampStart = (centre: number, size: number, whole: number) => Math.round(Math.min(Math.max(centre - size / 2, 0), whole - size));
  if (width / height > target) {
    // Wider than the shape: the sides are cut.
    const cropWidth = Math.max(1, Math.min(width, Math.round(height * target)));
    return { left: clampStart((focal.x / 100) * width, cropWidth, width), top: 0, width: cropWidth, height };
  }
  const cropHeight = Math.max(1, Math.min(height, Math.round(width / target)));
  return { left: 0, top: clampStart((focal.y / 100) * height, cropHeight, height), width, height: cropHeight };
}

/** The height of a crop of the shape `width` pixels wide. */
export function cropHeight(shape: CropShapeName, width: number): number {
  const [ratioWidth, ratioHeight] = cropShapes[shape].ratio;
  return Math.max(1, Math.round((width * ratioHeight) / ratioWidth));
}

/** The widths a crop `cropWidth` pixels wide is made at. */
export function cropWidths(shape: CropShapeName, cropWidth: number): number[] {
  const { widths, enlarge } = cropShapes[shape];
  const fitting = widths.filter((width) => width <= cropWidth);
  if (fitting.length > 0) return fitting;
  return [enlarge ? (widths[0] ?? cropWidth) : cropWidth];
}
