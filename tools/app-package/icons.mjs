// Draws TeamsCrm's two Teams icons: two people (the "collaborative" in collaborative CRM).
//   color.png   192x192, full colour: white people on a blue-to-teal background.
//   outline.png  32x32, white people on a transparent background.
// Pure geometry with 4x4 supersampling, so the result is the same on every machine.
import { encodePng } from "./png.mjs";

const SAMPLES = 4;

/** Is the point (x, y) (unit square coordinates) inside a person centred at (cx, cy) of size s? */
function insidePerson(x, y, cx, cy, s) {
  const head = (x - cx) ** 2 + (y - (cy - 0.2 * s)) ** 2 <= (0.17 * s) ** 2;
  const shoulderY = cy + 0.42 * s;
  const body = y <= shoulderY && ((x - cx) / (0.34 * s)) ** 2 + ((y - shoulderY) / (0.34 * s)) ** 2 <= 1;
  return head || body;
}

/** Two people: the back one to the upper right, cut away around the front one. */
function glyphCoverage(x, y) {
  const front = insidePerson(x, y, 0.42, 0.52, 0.62);
  const frontWithGap = insidePerson(x, y, 0.42, 0.52, 0.62 * 1.22);
  const back = insidePerson(x, y, 0.64, 0.42, 0.5);
  return front || (back && !frontWithGap);
}

/** inset: margin of the glyph square as a fraction of the icon (negative: the glyph fills more). */
function render(size, inset, background) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (px + (sx + 0.5) / SAMPLES) / size;
          const v = (py + (sy + 0.5) / SAMPLES) / size;
          const gu = (u - inset) / (1 - 2 * inset);
          const gv = (v - inset) / (1 - 2 * inset);
          if (glyphCoverage(gu, gv)) hits++;
        }
      }
      const coverage = hits / (SAMPLES * SAMPLES);
      const i = (py * size + px) * 4;
      if (background) {
        const [r, g, b] = background(px / (size - 1), py / (size - 1));
        rgba.set(
          [r + (255 - r) * coverage, g + (255 - g) * coverage, b + (255 - b) * coverage, 255].map(Math.round),
          i,
        );
      } else {
        rgba.set([255, 255, 255, Math.round(255 * coverage)], i);
      }
    }
  }
  return rgba;
}

/** Diagonal gradient from Teams-like blue (#0F6CBD) to teal (#0E8A8A). */
function brandGradient(u, v) {
  const t = (u + v) / 2;
  return [15 + (14 - 15) * t, 108 + (138 - 108) * t, 189 + (138 - 189) * t];
}

export function colorIconPng() {
  return encodePng(192, 192, render(192, 0.1, brandGradient));
}

export function outlineIconPng() {
  return encodePng(32, 32, render(32, -0.12, null));
}
