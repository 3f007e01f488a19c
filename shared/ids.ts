// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids are made
// on the device, sort by creation time and never need a server to be unique.
// Uses the Web Crypto API, present in browsers, Electron and Node 20, so this
// module stays free of Node built-ins.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Fills bytes with random values; a seeded source makes ids reproducible (the demo district). */
export type RandomFill = (bytes: Uint8Array) => void;

// Random bytes are drawn from the Web Crypto API a pool at a time: one call
// per id cost a quarter of the time of a large write (every op has an id).
const pool = new Uint8Array(4096);
let poolAt = pool.length;
const cryptoFill: RandomFill = (bytes) => {
  if (poolAt + bytes.length > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  bytes.set(pool.subarray(poolAt, poolAt + bytes.length));
  poolAt += bytes.length;
};

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hexOf = (bytes: Uint8Array, from: number, to: number): string => {
  let out = '';
  for (let i = from; i < to; i++) out += HEX[bytes[i]!];
  return out;
};

export function uuidv7(nowMs: number = Date.now(), fill: RandomFill = cryptoFill): string {
  const bytes = new Uint8Array(16);
  fill(bytes);
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return `${hexOf(bytes, 0, 4)}-${hexOf(bytes, 4, 6)}-${hexOf(bytes, 6, 8)}-${hexOf(bytes, 8, 10)}-${hexOf(bytes, 10, 16)}`;
}

export function isUuidV7(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** A random identifier of `bytes` bytes as lower-case hex (node ids, secrets). */
export function randomHex(bytes: number): string {
  const buf = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buf);
  return hexOf(buf, 0, bytes);
}
