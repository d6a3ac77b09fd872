/**
 * A story's dossier kept as the text `analyze --format json` writes (the JSON contract, key order and all),
 * gzip-compressed, rather than as jsonb: the server sends it as it is, compressed to a client that takes
 * gzip, instead of reading 8 MB of jsonb back into objects and writing them out again for every request.
 * Beside it, what the story list shows and filters by (`figures`: outlets, independent sources, conflicts …)
 * and what the actor graph reads (`relations`: relations, entities and the articles' source facts), so that
 * neither opens the dossier. Dossiers stored before this are written again: their stories are marked dirty.
 * And each story's article count and outlets (the most articles first), kept as its articles change, so that
 * a page of the story list reads a row per story instead of every article of every story on it.
 */
export const sql = `
ALTER TABLE stories ADD COLUMN dossier_json bytea;
ALTER TABLE stories ADD COLUMN figures jsonb;
ALTER TABLE stories ADD COLUMN relations jsonb;
UPDATE stories SET dirty = true WHERE dossier IS NOT NULL;
ALTER TABLE stories DROP COLUMN dossier;
CREATE INDEX stories_published ON stories (last_published DESC NULLS LAST, updated_at DESC);
ALTER TABLE stories ADD COLUMN article_count integer NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets jsonb NOT NULL DEFAULT '[]';
UPDATE stories s SET
  article_count = (SELECT count(*) FROM story_articles m WHERE m.story_id = s.id),
  outlets = (SELECT coalesce(jsonb_agg(o.outlet ORDER BY o.n DESC, o.outlet), '[]'::jsonb) FROM (
    SELECT a.outlet, count(*) AS n FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id AND a.outlet IS NOT NULL GROUP BY a.outlet
  ) o);
`;
