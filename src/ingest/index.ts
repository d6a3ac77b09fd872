export { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.ts';
export { expandInputs, type InputSource } from './expand-inputs.ts';
export { readInputs } from './read-inputs.ts';
export { readInput, readArticlesFromBytes, sourceName, type InputReading } from './read-input.ts';
export { fetchUrl, type ConditionalRequest, type FetchedResource, type FetchFailure } from './fetch-url.ts';
export { readFeed, type FeedItem } from './read-feed.ts';
export { decodeBytes } from './decode-bytes.ts';
