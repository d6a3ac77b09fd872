import { gunzipSync, gzipSync } from 'node:zlib';
import type { Dossier } from '../model/index.ts';
import { dossierWrittenAt, getDossierJson, type Database } from '../store/index.ts';
import { ApiError } from './api-error.ts';
import { ByteCache } from './byte-cache.ts';

/** A story's dossier as the server hands it out: its compressed JSON, and when it was written (its ETag). */
export interface DossierVersion {
  storyId: string;
  writtenAt: string;
  etag: string;
}

/** A parsed dossier weighs some times its JSON text in memory. */
const PARSED_WEIGHT = 4;

/** The part of the cache the parsed dossiers may take: they are only made again from the compressed JSON kept beside. */
const PARSED_SHARE = 0.25;

/**
 * The stored dossiers, read once and kept while they are current: every request checks when the story's
 * dossier was written (one small query) and reads the dossier itself only when that changed. Kept in
 * memory, bounded in bytes: the compressed JSON and the pages rendered from it (compressed too, sent as they
 * are to a client that takes gzip) in one cache, the parsed dossiers they are rendered from in a smaller
 * one, so that a page kept is not pushed out by the large objects it was made from.
 */
export class StoredDossiers {
  private readonly cache: ByteCache<unknown>;
  private readonly parsedCache: ByteCache<unknown>;
  /** What is being made now: a second request for it waits for the first instead of making it again. */
  private readonly making = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Database,
    maxBytes: number,
  ) {
    this.cache = new ByteCache(maxBytes * (1 - PARSED_SHARE));
    this.parsedCache = new ByteCache(maxBytes * PARSED_SHARE);
  }

  /** The story's current dossier version; a 404 when there is no such story or it has no dossier yet. */
  async current(storyId: string): Promise<DossierVersion> {
    const writtenAt = await dossierWrittenAt(this.db, storyId);
    if (writtenAt === undefined) throw new ApiError(404, 'not_found', `no story ${storyId} in the store`);
    if (writtenAt === null) throw new ApiError(404, 'dossier_pending', `story ${storyId} has no dossier yet: ingest writes it, or a worker (triangulate worker) when ingest ran with --no-dossiers`);
    return { storyId, writtenAt, etag: `"${storyId}@${writtenAt}"` };
  }

  /** The dossier's JSON text (the contract, as analyze writes it), gzip-compressed. */
  async compressed(version: DossierVersion): Promise<Buffer> {
    return this.remember(this.cache, `${version.etag}:json.gz`, async () => {
      const stored = await getDossierJson(this.db, version.storyId);
      if (!stored) throw new ApiError(404, 'not_found', `no story ${version.storyId} in the store`);
      const json = Buffer.from(stored.json);
      return { value: json, size: json.length };
    });
  }

  /** The dossier, parsed. */
  async parsed(version: DossierVersion): Promise<Dossier> {
    return this.remember(this.parsedCache, `${version.etag}:parsed`, async () => {
      const text = gunzipSync(await this.compressed(version));
      return { value: JSON.parse(text.toString('utf8')) as Dossier, size: text.length * PARSED_WEIGHT };
    });
  }

  /** Something made from the dossier (a page, a report), named by `name`, made once per version: its text, gzip-compressed. */
  async rendered(version: DossierVersion, name: string, render: (dossier: Dossier) => string): Promise<Buffer> {
    return this.remember(this.cache, `${version.etag}:${name}`, async () => {
      const compressed = gzipSync(render(await this.parsed(version)));
      return { value: compressed, size: compressed.length };
    });
  }

  private async remember<T>(cache: ByteCache<unknown>, key: string, make: () => Promise<{ value: T; size: number }>): Promise<T> {
    const kept = cache.get(key) as T | undefined;
    if (kept !== undefined) return kept;
    const pending = this.making.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const making = make().then((made) => {
      cache.set(key, made.value, made.size);
      return made.value;
    });
    this.making.set(key, making);
    try {
      return await making;
    } finally {
      this.making.delete(key);
    }
  }
}
