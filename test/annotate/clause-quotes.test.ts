import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotateArticle } from '../../src/annotate/index.ts';
import { extractArticleFromBytes } from '../../src/pipeline.ts';

async function clausesOf(body: string): Promise<string[]> {
  const read = await extractArticleFromBytes('quotes.txt', new TextEncoder().encode(`Ministers meet in Berlin\n\n${body}\n`));
  assert.ok('text' in read, 'the text is read');
  const article = annotateArticle(read);
  return article.clauses.map((clause) => article.text.slice(clause.start, clause.end));
}

test('a clause that closes a quotation opens with its mark, curly or straight', async () => {
  for (const body of [
    '“The future of Europe is at stake,” she told a debate on the loan.',
    '"The future of Europe is at stake," she told a debate on the loan.',
  ]) {
    const clauses = await clausesOf(body);
    assert.ok(clauses.some((clause) => /^["“]The future of Europe is at stake,["”] she told/.test(clause)), clauses.join(' | '));
  }
});

test('a clause with no quotation, or one it opens and closes itself, keeps its first word first', async () => {
  const clauses = await clausesOf('The minister called the plan “blatant theft” on Tuesday.');
  assert.ok(clauses.some((clause) => clause.startsWith('The minister called the plan “blatant theft”')), clauses.join(' | '));
});
