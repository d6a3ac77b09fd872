/**
 * The first schema: articles (stored once by id, with their annotations and a text-search vector), the
 * actors and quotes they name, stories and their current dossier, the jobs queue and the feeds watched.
 */
export const sql = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- "en" → english, "fr" → french …: the text-search configuration of an article's language, "simple" (no
-- stemming, no stop words) for the others; immutable, so a generated column can call it
CREATE FUNCTION triangulate_text_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE language
    WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'es' THEN 'spanish'
    WHEN 'it' THEN 'italian' WHEN 'pt' THEN 'portuguese' WHEN 'nl' THEN 'dutch' WHEN 'ru' THEN 'russian'
    WHEN 'sv' THEN 'swedish' WHEN 'da' THEN 'danish' WHEN 'fi' THEN 'finnish' WHEN 'no' THEN 'norwegian'
    WHEN 'hu' THEN 'hungarian' WHEN 'ro' THEN 'romanian' WHEN 'tr' THEN 'turkish'
    ELSE 'simple' END::regconfig
$$;

CREATE TABLE articles (
  id text PRIMARY KEY,
  source text NOT NULL,
  copies jsonb NOT NULL DEFAULT '[]',
  kind text,
  encoding text,
  title text,
  outlet text,
  byline text,
  url text,
  published date,
  published_from text,
  language text,
  -- the text clean received, and the cleaned body every annotation points into
  raw text NOT NULL,
  text text NOT NULL,
  kinship jsonb,
  dateline jsonb,
  -- sentences, mentions, quotes, attributions, dates, quantities and the offset map, as the JSON dossier gives them
  annotations jsonb NOT NULL,
  -- tokens and clauses (annotate's in-memory layers), v8-serialized; layers_format names the serializer, and
  -- layers written by another one are read again from the text
  layers bytea,
  layers_format text,
  messages jsonb NOT NULL DEFAULT '[]',
  stored_at timestamptz NOT NULL DEFAULT now(),
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(triangulate_text_config(language), coalesce(title, '')), 'A') ||
    setweight(to_tsvector(triangulate_text_config(language), text), 'B')
  ) STORED
);
CREATE INDEX articles_search ON articles USING gin (search);
CREATE INDEX articles_published ON articles (published);

-- an actor as annotate keys it in one article ("person:Vladimir Putin", "country:RU"), by the id every story gives it
CREATE TABLE entities (
  id text PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL,
  country text
);
CREATE INDEX entities_name_trgm ON entities USING gin (name gin_trgm_ops);

CREATE TABLE article_entities (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities (id),
  mentions integer NOT NULL,
  -- the names the article gives it ("Putin", "the Kremlin")
  names jsonb NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE quotes (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  speaker text,
  speaker_entity text,
  language text,
  search tsvector GENERATED ALWAYS AS (to_tsvector(triangulate_text_config(language), text)) STORED,
  PRIMARY KEY (article_id, position)
);
CREATE INDEX quotes_search ON quotes USING gin (search);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);

CREATE TABLE stories (
  id text PRIMARY KEY,
  title text,
  first_published date,
  last_published date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- the dossier of the story's articles as they were when it was written; dirty once an article joins or leaves
  dossier jsonb,
  dossier_at timestamptz,
  dirty boolean NOT NULL DEFAULT true
);
CREATE INDEX stories_updated ON stories (updated_at DESC);
CREATE INDEX stories_dirty ON stories (updated_at) WHERE dirty;

-- an article belongs to one story at a time
CREATE TABLE story_articles (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id text NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_articles_story ON story_articles (story_id);

-- work for any process that takes it: a job is leased to one worker until lease_until, and taken again by
-- another when the lease runs out (its worker died) until max_attempts
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  run_after timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  worker text,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_ready ON jobs (run_after, id) WHERE state = 'queued';
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE state = 'running';

CREATE TABLE feeds (
  url text PRIMARY KEY,
  interval_seconds integer NOT NULL DEFAULT 900,
  etag text,
  last_modified text,
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  failures integer NOT NULL DEFAULT 0,
  last_error text,
  added_at timestamptz NOT NULL DEFAULT now()
);
`;
