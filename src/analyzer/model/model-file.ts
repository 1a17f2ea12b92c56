/**
 * The committed model file: JSON with the weights packed as base64, so it ships small and loads without a parser
 * of our own. Only buckets with a non-zero weight are stored: `index` holds the gaps between their numbers as
 * variable-length integers, `weights` one four-bit code per category for each of them (two to a byte; a code is a
 * signed level of `WEIGHT_LEVELS`), `scale` turns a level back into a weight. Packing and unpacking live together
 * here so the format is defined once. (The thread model's heads keep one signed byte per weight: `packWeights`.)
 */
import { CATEGORIES } from '../types';

/** The weight levels a four-bit code stands for, on a log scale; code 0 is 0, 1-7 the levels, 9-15 their negatives. */
export const WEIGHT_LEVELS = [0, 1, 2, 4, 8, 16, 32, 64] as const;

export interface ModelFile {
  /** 2: four-bit weight codes (1 held a signed byte per weight). */
  version: 2;
  /** Hash buckets (a power of two). */
  buckets: number;
  categories: readonly string[];
  bias: number[];
  /** Per category: weight = level * scale. */
  scale: number[];
  /** Per category, the probability at which a sentence gets a finding, by sensitivity; `warning` raises its level. */
  thresholds: { standard: number[]; strict: number[]; warning: number[] };
  index: string;
  weights: string;
  /** How the model was made, for the README and the curious: data sizes, seed, epochs. */
  trained: Record<string, number | string>;
}

// The analyser has no DOM or Node types (btoa is neither ES nor everywhere), so base64 is spelled out here.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    s += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    s += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return s;
}

/** Each ASCII character's value in ALPHABET, -1 for the others (as ALPHABET.indexOf gives). */
const DIGIT_OF = Int8Array.from({ length: 128 }, (_, c) => ALPHABET.indexOf(String.fromCharCode(c)));

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  // By code unit through a table: this decodes the model's weights at every start-up. Anything outside ASCII (never
  // in a file npm run train wrote) takes the path by character.
  if (/^[\x00-\x7f]*$/.test(clean)) {
    for (let i = 0; i < clean.length; i++) {
      acc = (acc << 6) | DIGIT_OF[clean.charCodeAt(i)]!;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[j++] = (acc >> bits) & 0xff;
      }
    }
    return out;
  }
  for (const ch of clean) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Quantised weights (buckets x k outputs, row-major; k is the number of categories unless given) to the two packed strings. */
export function packWeights(quantised: Int8Array, buckets: number, k: number = CATEGORIES.length, rows?: Int8Array[]): { index: string; weights: string } {
  const gaps: number[] = [];
  const bytes: number[] = [];
  let last = -1;
  for (let b = 0; b < buckets; b++) {
    const row = quantised.subarray(b * k, b * k + k);
    if (row.every((v) => v === 0)) continue;
    let gap = b - last;
    last = b;
    // LEB128: seven bits a byte, high bit set while more follow.
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    rows?.push(row);
    for (const v of row) bytes.push(v & 0xff);
  }
  return { index: toBase64(Uint8Array.from(gaps)), weights: toBase64(Uint8Array.from(bytes)) };
}

/** A level of WEIGHT_LEVELS (or its negative) as its four-bit code, and back. */
const codeOf = (level: number): number => {
  const i = (WEIGHT_LEVELS as readonly number[]).indexOf(Math.abs(level));
  if (i < 0) throw new Error(`not a weight level: ${level}`);
  return level < 0 ? 8 + i : i;
};
const LEVEL_OF_CODE = Int8Array.from({ length: 16 }, (_, code) => (code < 8 ? WEIGHT_LEVELS[code]! : -WEIGHT_LEVELS[code - 8]!));

/**
 * The sentence model's levels (buckets x categories, row-major, each a signed WEIGHT_LEVELS value) packed: `index` as
 * packWeights writes it, `weights` four bits per level, two to a byte, rows one after another.
 */
export function packLevels(levels: Int8Array, buckets: number): { index: string; weights: string } {
  const k = CATEGORIES.length;
  const rows: Int8Array[] = [];
  const { index } = packWeights(levels, buckets, k, rows);
  const codes = rows.flatMap((row) => [...row].map(codeOf));
  const bytes = new Uint8Array(Math.ceil(codes.length / 2));
  codes.forEach((code, i) => { bytes[i >> 1]! |= i % 2 === 0 ? code << 4 : code; });
  return { index, weights: toBase64(bytes) };
}

/** The file's weights as floats, buckets x categories, row-major. */
export function decodeWeights(file: ModelFile): Float32Array {
  const k = CATEGORIES.length;
  if (file.version !== 2 || file.categories.join() !== CATEGORIES.join()) {
    throw new Error('The sentence model file does not match this version of Poise; run npm run train.');
  }
  const out = new Float32Array(file.buckets * k);
  const codes = fromBase64(file.weights);
  let n = 0;
  forEachBucket(file.index, (bucket) => {
    for (let c = 0; c < k; c++, n++) {
      const code = n % 2 === 0 ? codes[n >> 1]! >> 4 : codes[n >> 1]! & 15;
      out[bucket * k + c] = LEVEL_OF_CODE[code]! * file.scale[c]!;
    }
  });
  return out;
}

/** Every stored bucket's number, in order, from the index's gaps. */
function forEachBucket(index: string, visit: (bucket: number) => void): void {
  const gaps = fromBase64(index);
  let bucket = -1;
  for (let i = 0; i < gaps.length; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = gaps[i++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    visit(bucket);
  }
}

/** Every stored row of packed weights: its bucket and its k signed bytes, in bucket order. */
export function forEachPackedRow(index: string, weights: string, k: number, visit: (bucket: number, row: Int8Array) => void): void {
  const bytes = new Int8Array(fromBase64(weights).buffer);
  let row = 0;
  forEachBucket(index, (bucket) => {
    visit(bucket, bytes.subarray(row * k, row * k + k));
    row++;
  });
}
