import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeStory } from '../src/pipeline.ts';
import { BIN, sharedPath } from './shared-folder.ts';

const folder = mkdtempSync(join(tmpdir(), 'triangulate-pipeline-'));

test('an article in another language is read, and the English-only steps skip it with a message', async () => {
  const spanish = join(folder, 'es.txt');
  const english = join(folder, 'en.txt');
  writeFileSync(spanish, 'El presidente de Rusia, Vladimir Putin, reiteró este jueves su apoyo al gobierno de Venezuela en medio de la escalada de tensiones con Estados Unidos. La llamada se produjo un día después de la incautación de un petrolero.\n');
  writeFileSync(english, 'The president of Russia reiterated on Thursday his support for the government of Venezuela amid rising tensions with the United States. The call came a day after a tanker was seized.\n');
  const dossier = await analyzeStory([spanish, english]);
  const [es, en] = dossier.articles;
  assert.equal(es!.language, 'es');
  assert.equal(en!.language, 'en');
  assert.ok(es!.text.startsWith('El presidente'), 'the text is kept whole');
  assert.ok(es!.messages.some((message) => message.origin === 'annotate:language' && message.severity === 'warning'));
  assert.ok(!en!.messages.some((message) => message.origin === 'annotate:language'));
  assert.deepEqual(dossier.story.languages, ['en', 'es']);
});

test('sentences never run across a line: headings and paragraphs end where they end', async () => {
  const dossier = await analyzeStory([sharedPath('seeds')]);
  for (const article of dossier.articles) {
    assert.ok(article.sentences.length > 3, article.source);
    for (const sentence of article.sentences) {
      const text = article.text.slice(sentence.start, sentence.end);
      assert.ok(!text.includes('\n'), `${article.source}: "${text.slice(0, 60)}…"`);
      assert.equal(text, text.trim());
    }
  }
  const bbc = dossier.articles.find((article) => article.source.includes('001_'))!;
  const sentences = bbc.sentences.map((sentence) => bbc.text.slice(sentence.start, sentence.end));
  assert.ok(sentences.includes('A long alliance'), 'a heading is a sentence of its own');
});

test('a batch shows a progress bar on a terminal, and --quiet silences it', { skip: spawnSync('script', ['--version']).status !== 0 && 'no `script` here to give a terminal' }, () => {
  const run = (quiet: boolean) =>
    spawnSync('script', ['-qec', `node ${BIN} analyze ${sharedPath('seeds')} --format json ${quiet ? '--quiet' : ''} >/dev/null`, '/dev/null'], { encoding: 'utf8' });
  const shown = run(false);
  assert.equal(shown.status, 0, shown.stderr);
  assert.match(shown.stdout, /reading .*\d\/4/);
  assert.doesNotMatch(run(true).stdout, /reading/);
});
