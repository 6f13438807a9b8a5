/**
 * Made-up photos for the test archive and the benchmark: a room of rows of
 * people before a platform, drawn from a seed, with the grain of a camera,
 * so that they compress as photographs do and no two seeds give the same file.
 */
import sharp from 'sharp';

/** A small deterministic random stream (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JPEG photo of `width` × `height` pixels drawn from `seed`. */
export async function makePhoto(seed: number, width = 2400, height = 1600): Promise<Buffer> {
  const next = random(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const wall = [150 + next() * 60, 120 + next() * 50, 90 + next() * 40];
  const banner = height * (0.12 + next() * 0.06);
  const heads: [x: number, y: number, r: number, shade: number][] = [];
  for (let row = 0; row < 7; row++) {
    const y = height * (0.45 + row * 0.08);
    const r = height * (0.018 + row * 0.004);
    for (let x = r * (1 + next()); x < width; x += r * (2.6 + next()))
      heads.push([x, y, r, 20 + next() * 40]);
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const light = 0.75 + 0.25 * Math.sin((x / width) * Math.PI);
      let [r, g, b] = y < banner ? [170, 30, 30] : y < height * 0.4 ? wall : [60 + (y / height) * 40, 50, 45];
      r! *= light;
      g! *= light;
      b! *= light;
      pixels[i] = r!;
      pixels[i + 1] = g!;
      pixels[i + 2] = b!;
    }
  }
  for (const [cx, cy, radius, shade] of heads) {
    for (let y = Math.floor(cy - radius); y < cy + radius * 3; y++) {
      for (let x = Math.floor(cx - radius * 1.4); x < cx + radius * 1.4; x++) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        const head = (x - cx) ** 2 + (y - cy) ** 2 < radius ** 2;
        const body = y > cy + radius * 0.8 && Math.abs(x - cx) < radius * 1.3;
        if (!head && !body) continue;
        const i = (y * width + x) * 3;
        const tone = head ? shade : shade * 0.6 + 10;
        pixels[i] = tone;
        pixels[i + 1] = tone * 0.9;
        pixels[i + 2] = tone * 0.85;
      }
    }
  }
  // Grain: what makes a photograph cost what it costs.
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = Math.max(0, Math.min(255, pixels[i]! + (next() - 0.5) * 24));
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.6)
    .jpeg({ quality: 85 })
    .toBuffer();
}
