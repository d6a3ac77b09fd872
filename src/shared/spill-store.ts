import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where a value written to the file lies in it. */
interface Extent {
  offset: number;
  length: number;
}

/**
 * Values by key, the first `holdLimit` of them held in memory and every later one written to a
 * temporary file (v8's serializer: plain data, arrays, maps and sets come back as they went in) and read
 * back when asked for: a batch of 100,000 annotated articles waits on disk between annotate and align,
 * while memory holds at most `holdLimit` of them and the story being aligned. Putting a key again
 * replaces its value. The file has no name on disk (see #openFile) and is gone when the store is closed or
 * the process ends.
 */
export class SpillStore<T> {
  readonly #held = new Map<string, T>();
  readonly #written = new Map<string, Extent>();
  #file: { descriptor: number; size: number } | null = null;

  constructor(private readonly holdLimit: number) {}

  /** How many values the store has, in memory and on disk. */
  get size(): number {
    return this.#held.size + this.#written.size;
  }

  /** How many values wait on disk. */
  get spilled(): number {
    return this.#written.size;
  }

  put(key: string, value: T): void {
    if (this.#held.has(key) || (!this.#written.has(key) && this.#held.size < this.holdLimit)) {
      this.#held.set(key, value);
      return;
    }
    const bytes = serialize(value);
    const file = this.#openFile();
    writeSync(file.descriptor, bytes, 0, bytes.length, file.size);
    this.#written.set(key, { offset: file.size, length: bytes.length });
    file.size += bytes.length;
  }

  /** The value of a key, read from disk when it was written there (a fresh copy each time); undefined when the store has none. */
  get(key: string): T | undefined {
    const held = this.#held.get(key);
    if (held !== undefined || !this.#file) return held;
    const extent = this.#written.get(key);
    if (!extent) return undefined;
    const bytes = Buffer.allocUnsafe(extent.length);
    for (let read = 0; read < extent.length; ) read += readSync(this.#file.descriptor, bytes, read, extent.length - read, extent.offset + read);
    return deserialize(bytes) as T;
  }

  /** Lets a value go (a story's articles, once its dossier is written): held, its memory is freed; on disk, its bytes stay until close. */
  forget(key: string): void {
    this.#held.delete(key);
    this.#written.delete(key);
  }

  /** Lets the temporary file go; the store holds nothing after. */
  close(): void {
    this.#held.clear();
    this.#written.clear();
    if (!this.#file) return;
    closeSync(this.#file.descriptor);
    this.#file = null;
  }

  #openFile(): { descriptor: number; size: number } {
    if (this.#file) return this.#file;
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-spill-'));
    const path = join(folder, 'values.v8');
    const descriptor = openSync(path, 'w+', 0o600);
    // the file is unnamed as soon as it is open: it lives while the descriptor does, so a killed run leaves nothing behind
    rmSync(folder, { recursive: true, force: true });
    this.#file = { descriptor, size: 0 };
    return this.#file;
  }
}
