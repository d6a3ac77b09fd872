import { resolve } from 'node:path';
import type { Database } from '../../src/store/index.ts';
import { ingestIntoStore, refreshDossiers } from '../../src/story-stream.ts';

/** The example shipped in the repository: six ECB+ articles on one event (CC BY 3.0). */
export const EXAMPLE_FOLDER = resolve(import.meta.dirname, '../../examples/athens-bank-firebomb');

/** A hostile article: markup and script in every field a page shows. */
export const HOSTILE_ARTICLE = {
  title: 'Riot <script>window.__pwned = 1; alert(1)</script> in <img src=x onerror="window.__pwned=2"> Athens',
  outlet: 'Evil <b onmouseover="alert(2)">Outlet</b>',
  published: '2010-05-05',
  text:
    'Protesters set fire to a bank in Athens on Wednesday, killing three employees, the police said. <script>window.__pwned = 3</script>\n\n' +
    'The firebomb attack on the Marfin bank came during a general strike against austerity measures, officials said. <iframe src="https://example.org/track"></iframe>',
};

/** Stores the example's articles in `db` and writes their stories' dossiers, as `ingest` does. */
export async function fillStore(db: Database, inputs: readonly string[] = [EXAMPLE_FOLDER]): Promise<void> {
  await ingestIntoStore(db, inputs);
  await refreshDossiers(db);
}
