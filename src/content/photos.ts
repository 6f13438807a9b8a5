/**
 * The sizes a notice's photo is published in: WebP at the widths the page
 * shows it at on phones and screens of one and two pixels per point, never
 * wider than the file itself, the widest being the image's own `src`.
 */

/** The widths made of each photo, in pixels. */
export const PHOTO_WIDTHS = [400, 800, 1200, 1600] as const;

/** The text column is 40rem wide at most, less 1rem of margin each side on a phone. */
export const PHOTO_SIZES = '(min-width: 42rem) 40rem, calc(100vw - 2rem)';

export function photoSizes(original: { width: number; height: number }): {
  width: number;
  height: number;
  widths: number[];
  sizes: string;
} {
  const widest = Math.min(original.width, PHOTO_WIDTHS.at(-1)!);
  const widths = [...PHOTO_WIDTHS.filter((width) => width < widest), widest];
  return {
    width: widest,
    height: Math.round((original.height * widest) / original.width),
    widths,
    sizes: PHOTO_SIZES,
  };
}
