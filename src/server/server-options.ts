/** What the server allows and holds; `serve` has an option for each. */
export interface ServerOptions {
  /** The bearer token writes need (and reads too when `readsNeedToken`); null: writes are open (loopback only). */
  token: string | null;
  /** Reads need the token too: the server is bound beyond loopback. */
  readsNeedToken: boolean;
  /** Largest request body, in bytes (an upload to ingest included). */
  maxBodyBytes: number;
  /** A read request answers within this many seconds, or gets a 503. */
  requestTimeoutSeconds: number;
  /** An ingest request (reading, storing and placing its articles) answers within this many seconds. */
  ingestTimeoutSeconds: number;
  /** Megabytes of dossiers (compressed JSON, parsed objects and rendered pages) the server keeps in memory between requests. */
  cacheMegabytes: number;
  /**
   * A read's response is sent again for this many seconds to whoever asks for the same URL (0: never): the
   * pages and the API show the store at most this old; a write through this server forgets them at once.
   */
  freshSeconds: number;
  /** Whether an ingest request also writes the dossiers of the stories it changed (else workers do). */
  writeDossiers: boolean;
}

export const DEFAULT_SERVER_OPTIONS: Readonly<ServerOptions> = Object.freeze({
  token: null,
  readsNeedToken: false,
  maxBodyBytes: 50 * 1024 * 1024,
  requestTimeoutSeconds: 30,
  ingestTimeoutSeconds: 600,
  cacheMegabytes: 256,
  freshSeconds: 1,
  writeDossiers: true,
});

/** Most items a list request may ask for at once. */
export const MAX_PAGE_SIZE = 200;
