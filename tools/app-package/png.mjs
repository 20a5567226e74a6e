// Minimal PNG encoder (8-bit RGBA) and decoder (8-bit, non-interlaced, every colour type) so the
// icons can be drawn and checked pixel by pixel without any image library.
import { deflateSync, inflateSync } from "node:zlib";
import { crc32 } from "./crc32.mjs";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Colour types: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
export const COLOR_TYPE_NAMES = { 0: "greyscale", 2: "RGB", 3: "palette", 4: "greyscale+alpha", 6: "RGBA" };

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(head.subarray(4), data));
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes width*height RGBA pixels (a Uint8Array of length width*height*4) as an 8-bit PNG, as
 * RGBA or, with { alpha: false }, as RGB (the alpha bytes are dropped).
 */
export function encodePng(width, height, rgba, { alpha = true } = {}) {
  const channels = alpha ? 4 : 3;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, alpha ? 6 : 2, 0, 0, 0], 8); // bit depth 8, RGBA/RGB, deflate, adaptive filtering, no interlace
  const stride = width * channels + 1;
  const raw = Buffer.alloc(height * stride);
  for (let i = 0; i < width * height; i++) {
    const offset = Math.floor(i / width) * stride + 1 + (i % width) * channels; // filter byte 0: none
    for (let c = 0; c < channels; c++) raw[offset + c] = rgba[i * 4 + c];
  }
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Reads the header of a PNG; throws on anything that is not a well-formed PNG. */
export function readPngHeader(buffer) {
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG file");
  if (buffer.toString("ascii", 12, 16) !== "IHDR") throw new Error("PNG without IHDR chunk");
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24],
    colorType: buffer[25],
    interlace: buffer[28],
  };
}

/** Decodes a PNG into RGBA pixels. Supports bit depth 8 without interlacing (what icons use). */
export function decodePng(buffer) {
  const header = readPngHeader(buffer);
  const { width, height, bitDepth, colorType, interlace } = header;
  if (bitDepth !== 8 || interlace !== 0 || !(colorType in CHANNELS)) {
    throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
  }
  const idat = [];
  let palette = null;
  let transparency = null;
  for (let offset = 8; offset < buffer.length; ) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (crc32(buffer.subarray(offset + 4, offset + 8), data) !== buffer.readUInt32BE(offset + 8 + length)) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    if (type === "IDAT") idat.push(data);
    if (type === "PLTE") palette = data;
    if (type === "tRNS") transparency = data;
    if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = CHANNELS[colorType];
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = unfilter(raw, width, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, i * channels + channels);
    const [r, g, b, a] =
      colorType === 6 ? p
      : colorType === 2 ? [p[0], p[1], p[2], 255]
      : colorType === 4 ? [p[0], p[0], p[0], p[1]]
      : colorType === 0 ? [p[0], p[0], p[0], 255]
      : [palette[p[0] * 3], palette[p[0] * 3 + 1], palette[p[0] * 3 + 2], transparency?.[p[0]] ?? 255];
    rgba.set([r, g, b, a], i * 4);
  }
  if (raw.length !== height * (stride + 1)) throw new Error("PNG image data has the wrong length");
  return { ...header, hasAlpha: colorType === 4 || colorType === 6 || (colorType === 3 && transparency !== null), rgba };
}

function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? out[y * stride + x - bpp] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const predictor =
        filter === 0 ? 0
        : filter === 1 ? left
        : filter === 2 ? up
        : filter === 3 ? (left + up) >> 1
        : filter === 4 ? paeth(left, up, upLeft)
        : NaN;
      if (Number.isNaN(predictor)) throw new Error(`unknown PNG filter type ${filter}`);
      out[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
