/**
 * What the cluster stage reads of each article, kept beside it, so that placing new articles into stories
 * reads the window's readings (5 kB each) and not the window's articles (40 kB each with their layers), and
 * which articles wait to be placed, by a partial index rather than a scan of every article.
 * Articles stored before this have no reading (it is read from the article when first needed).
 * And how long each story's dossier took to write, so that a big story's is not written again at once.
 */
export const sql = `
CREATE TABLE cluster_readings (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  published date,
  stored_at timestamptz NOT NULL DEFAULT now(),
  -- false for an article no stage could read (its input failed): a story of its own, never clustered
  readable boolean NOT NULL DEFAULT true,
  -- packed (see src/store/packed.ts); null until read, or when written by another Node
  reading bytea,
  reading_format text,
  -- true once the article is in a story (it never leaves every story)
  placed boolean NOT NULL DEFAULT false
);
CREATE INDEX cluster_readings_published ON cluster_readings (published);
CREATE INDEX cluster_readings_unplaced ON cluster_readings (stored_at, article_id) WHERE NOT placed;

-- seconds the last dossier took: a worker waits a multiple of it before writing the story's next one
ALTER TABLE stories ADD COLUMN dossier_seconds real;

INSERT INTO cluster_readings (article_id, published, stored_at, readable, placed)
SELECT a.id, a.published, a.stored_at,
  NOT EXISTS (SELECT 1 FROM jsonb_array_elements(a.messages) AS m WHERE m->>'severity' = 'fatal'),
  EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)
FROM articles a;
`;
