import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * What the store keeps as bytes (annotate's layers, the cluster stage's reading): v8-serialized, then
 * deflated at the fastest level, a quarter of the bytes (27.8 kB of layers → 6.5 kB for a 1,700-character
 * article), which is what PGlite's wire protocol and PostgreSQL's TOAST pay for. v8's format is its own:
 * bytes another Node wrote are not read (the caller reads the article again instead).
 */
export const PACKED_FORMAT = `v8/${process.versions.v8}+deflate`;

export function pack(value: unknown): Uint8Array {
  return deflateRawSync(serialize(value), { level: 1 });
}

/** The value, or null when `format` is not this Node's (or the bytes are missing). */
export function unpack<T>(bytes: Uint8Array | null, format: string | null): T | null {
  if (bytes === null || format !== PACKED_FORMAT) return null;
  return deserialize(inflateRawSync(bytes)) as T;
}
