import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { createApp } from '../../src/server/index.ts';
import type { Database } from '../../src/store/index.ts';
import { getArticles, getDossier, storyArticleIds } from '../../src/store/index.ts';
import { storyDossier } from '../../src/pipeline.ts';
import { renderDossier } from '../../src/report/index.ts';
import { freshStore, STORE_KINDS, type FreshStore } from '../store/databases.ts';
import { openStore } from '../../src/store/index.ts';
import { fillStore, HOSTILE_ARTICLE } from './server-stores.ts';
import { DEFAULT_WORKER_SETTINGS, runWorker } from '../../src/story-worker.ts';

// One suite, run in process (app.request) on the embedded store and on the PostgreSQL server.
for (const kind of STORE_KINDS) {
  describe(`${kind}: the API over a store of the example's articles`, () => {
    let fresh: FreshStore;
    let db: Database;
    let app: ReturnType<typeof createApp>;
    let storyId: string;

    before(async () => {
      fresh = await freshStore(kind);
      db = await openStore(fresh.location);
      await fillStore(db);
      app = createApp({ store: db });
      const listed = (await (await app.request('/api/stories')).json()) as { stories: Array<{ id: string }> };
      storyId = listed.stories[0]!.id;
    });
    after(async () => {
      await db.close();
      await fresh.remove();
    });

    test('the story list: newest first, with outlets, independent sources and counts, paged', async () => {
      const response = await app.request('/api/stories?limit=5');
      assert.equal(response.status, 200);
      const page = (await response.json()) as { stories: Array<{ title: string; articles: number; outlets: string[]; figures: { independent: number; facts: number } }>; total: number; limit: number };
      assert.equal(page.limit, 5);
      assert.equal(page.total, page.stories.length);
      const story = page.stories[0]!;
      assert.match(story.title, /Athens|bank|strike/i);
      assert.equal(story.articles, 6);
      assert.ok(story.outlets.length >= 5, story.outlets.join(', '));
      assert.ok(story.figures.independent >= 4 && story.figures.independent <= 6);
      assert.ok(story.figures.facts > 0);
    });

    test('search and filters narrow the list: words, days, an outlet, an actor', async () => {
      const total = async (query: string) => ((await (await app.request(`/api/stories?${query}`)).json()) as { total: number }).total;
      assert.equal(await total('q=firebomb'), 1);
      assert.equal(await total('q=zebra+crossing+saxophone'), 0);
      assert.equal(await total('from=2010-05-01&to=2010-05-31'), 1);
      assert.equal(await total('from=2011-01-01'), 0);
      assert.equal(await total('outlet=sky+news'), 1);
      assert.equal(await total('outlet=No+Such+Outlet'), 0);
      const [most] = ((await (await app.request('/api/entities?limit=1')).json()) as { entities: Array<{ id: string; name: string }> }).entities;
      assert.equal(await total(`actor=${encodeURIComponent(most!.name.toUpperCase())}`), 1);
      assert.equal(await total(`actor=${encodeURIComponent(most!.id)}`), 1);
      assert.equal(await total('actor=Nobody+Anywhere'), 0);
    });

    test('a bad parameter is a 400 naming it, as JSON', async () => {
      const response = await app.request('/api/stories?limit=5000&from=May');
      assert.equal(response.status, 400);
      // a day the calendar has not is refused too, not handed to the database
      for (const path of ['/api/stories?from=2025-02-31', '/api/graph?to=2025-13-01']) assert.equal((await app.request(path)).status, 400, path);
      assert.equal((await app.request('/?from=2025-02-31')).status, 200, 'the page leaves a day it cannot read out of its filter');
      const body = (await response.json()) as { error: string; message: string };
      assert.equal(body.error, 'bad_request');
      assert.match(body.message, /limit/);
      assert.match(body.message, /from/);
    });

    test('the dossier is the JSON analyze writes of the same articles, gzip-compressed to a client that takes it, with an ETag', async () => {
      const plain = await app.request(`/api/stories/${storyId}/dossier`);
      assert.equal(plain.status, 200);
      assert.match(plain.headers.get('content-type')!, /application\/json/);
      const text = await plain.text();
      const { articles } = await getArticles(db, await storyArticleIds(db, storyId));
      assert.equal(text, renderDossier(storyDossier(articles), 'json'));
      const compressed = await app.request(`/api/stories/${storyId}/dossier`, { headers: { 'Accept-Encoding': 'gzip, br' } });
      assert.equal(compressed.headers.get('content-encoding'), 'gzip');
      assert.equal(gunzipSync(Buffer.from(await compressed.arrayBuffer())).toString('utf8'), text);
      const etag = plain.headers.get('etag')!;
      assert.ok(etag);
      assert.equal((await app.request(`/api/stories/${storyId}/dossier`, { headers: { 'If-None-Match': etag } })).status, 304);
      assert.deepEqual(JSON.parse(text), await getDossier(db, storyId));
      const listed = (await (await app.request(`/api/stories/${storyId}`)).json()) as { title: string };
      assert.equal(listed.title, (JSON.parse(text) as { story: { title: string } }).story.title, 'the list gives the story the title its page does');
    });

    test('the dossier as Markdown and as a self-contained HTML page', async () => {
      const markdown = await app.request(`/api/stories/${storyId}/dossier.md?top=3`);
      assert.equal(markdown.status, 200);
      assert.match(markdown.headers.get('content-type')!, /text\/markdown/);
      assert.match(await markdown.text(), /^## .*\n[\s\S]*### Sources/m);
      const html = await app.request(`/api/stories/${storyId}/dossier.html`);
      assert.equal(html.status, 200);
      assert.match(await html.text(), /^<!doctype html>[\s\S]*Content-Security-Policy/);
    });

    test('a story that does not exist is a 404 with {error, message}', async () => {
      for (const path of ['/api/stories/nope', '/api/stories/nope/dossier', '/api/stories/nope/dossier.md', '/api/articles/nope', '/api/entities/nope', '/api/no-such-route']) {
        const response = await app.request(path);
        assert.equal(response.status, 404, path);
        const body = (await response.json()) as { error: string; message: string };
        assert.deepEqual(Object.keys(body).sort(), ['error', 'message'], path);
      }
    });

    test('articles: a story\'s list, and one article with its text, messages and annotations', async () => {
      const list = (await (await app.request(`/api/stories/${storyId}/articles`)).json()) as { articles: Array<{ id: string; outlet: string }>; total: number };
      assert.equal(list.total, 6);
      const response = await app.request(`/api/articles/${list.articles[0]!.id}`);
      const article = (await response.json()) as { text: string; messages: unknown[]; annotations: { sentences: Array<{ start: number; end: number }>; mentions: unknown[] } };
      assert.ok(article.text.length > 200);
      assert.ok(Array.isArray(article.messages));
      const sentence = article.annotations.sentences[0]!;
      assert.ok(sentence.end > sentence.start && sentence.end <= article.text.length);
      assert.ok(article.annotations.mentions.length > 0);
      const bare = (await (await app.request(`/api/articles/${list.articles[0]!.id}?annotations=false`)).json()) as Record<string, unknown>;
      assert.equal(bare.annotations, undefined);
    });

    test('entities: a search by name, and one actor with its stories and quotes', async () => {
      const named = (await (await app.request('/api/entities?limit=1')).json()) as { entities: Array<{ id: string; name: string; articles: number }> };
      const most = named.entities[0]!;
      assert.ok(most.articles >= 3, JSON.stringify(most));
      const found = (await (await app.request(`/api/entities?q=${encodeURIComponent(most.name.slice(0, -1))}`)).json()) as { entities: Array<{ id: string }> };
      assert.ok(found.entities.some((entity) => entity.id === most.id), 'a name short of its last letter finds the actor');
      const entity = (await (await app.request(`/api/entities/${encodeURIComponent(most.id)}`)).json()) as { names: string[]; storyList: Array<{ id: string }>; quotes: unknown[] };
      assert.ok(entity.storyList.some((story) => story.id === storyId));
      assert.ok(entity.names.length > 0);
      const speakers = await db.query<{ speaker_entity: string }>('SELECT speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL LIMIT 1');
      if (speakers.length) {
        const quoted = (await (await app.request(`/api/entities/${encodeURIComponent(speakers[0]!.speaker_entity)}`)).json()) as { quotes: Array<{ text: string }> };
        assert.ok(quoted.quotes.length > 0);
      }
    });

    test('the actor graph in every format the graph command writes, for a story, an actor and a span of days', async () => {
      const expected = { json: /^\{"level":"actor"/, graphml: /^<\?xml[\s\S]*<graphml/, gexf: /^<\?xml[\s\S]*<gexf/, csv: /^[a-z_]+(,[a-z_]+)+\r?\n/, polecat: /^Event ID\t/ };
      for (const [format, shape] of Object.entries(expected)) {
        const response = await app.request(`/api/graph?story=${storyId}&format=${format}`);
        assert.equal(response.status, 200, format);
        assert.match(await response.text(), shape, format);
      }
      const graph = async (query: string) => (await (await app.request(`/api/graph?${query}`)).json()) as { stories: number; edges: Array<{ source: string; target: string }> };
      assert.equal((await graph(`story=${storyId}`)).stories, 1);
      assert.equal((await graph('from=2010-05-01&to=2010-05-31')).stories, 1);
      assert.equal((await graph('from=2020-01-01')).stories, 0);
      const whole = await graph(`story=${storyId}`);
      if (whole.edges.length) {
        const actor = whole.edges[0]!.source;
        const mine = await graph(`actor=${encodeURIComponent(actor)}`);
        assert.ok(mine.edges.length > 0 && mine.edges.every((edge) => edge.source === actor || edge.target === actor));
      }
    });

    test('ingest by POST: JSON, a file upload, bad inputs listed while the others are stored', async () => {
      const json = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([HOSTILE_ARTICLE]) });
      assert.equal(json.status, 200);
      const stored = (await json.json()) as { read: number; added: number; stories: string[]; dossiers: string[]; failed: unknown[] };
      assert.equal(stored.added, 1);
      assert.equal(stored.dossiers.length, stored.stories.length);
      const form = new FormData();
      form.append('file', new Blob(['Greek police arrested two men after the bank fire in Athens on Thursday, a spokesman said. The men were questioned for hours.'], { type: 'text/plain' }), 'athens-arrests.txt');
      form.append('file', new Blob([new Uint8Array([0, 159, 146, 150, 0, 0, 1])]), 'binary.bin');
      const upload = await app.request('/api/ingest', { method: 'POST', body: form });
      assert.equal(upload.status, 200);
      const result = (await upload.json()) as { added: number; failed: Array<{ source: string; reason: string }> };
      assert.equal(result.added, 1);
      assert.equal(result.failed.length, 1);
      assert.equal(result.failed[0]!.source, 'binary.bin');
      assert.doesNotMatch(JSON.stringify(result), /triangulate-upload-/, 'the server\'s temporary paths stay inside');
      const wrong = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: new Uint8Array([1, 2, 3]) });
      assert.equal(wrong.status, 415);
      const empty = await app.request('/api/ingest', { method: 'POST' });
      assert.equal(empty.status, 400);
    });

    test('beside workers (serve --no-dossiers): an ingest queues the dossiers, a worker writes them, and the API serves them', async () => {
      const served = createApp({ store: db, options: { writeDossiers: false } });
      const article = { title: 'Storm floods Valencia', published: '2024-10-30', outlet: 'Levante', text: 'Flash floods killed dozens of people in Valencia on Tuesday, the regional government said. Rescue teams searched for the missing through the night, and the army was sent to help.' };
      const response = await served.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
      const result = (await response.json()) as { stories: string[]; dossiers: string[] };
      assert.deepEqual(result.dossiers, []);
      const story = result.stories[0]!;
      const pending = await served.request(`/api/stories/${story}/dossier`);
      assert.equal(pending.status, 404);
      assert.equal(((await pending.json()) as { error: string }).error, 'dossier_pending');
      const page = await served.request(`/stories/${story}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Its dossier is being written[\s\S]*Storm floods Valencia/);
      await runWorker(db, { ...DEFAULT_WORKER_SETTINGS, name: 'test-worker', exitWhenIdle: true, idleMilliseconds: 50 });
      const written = await served.request(`/api/stories/${story}/dossier`);
      assert.equal(written.status, 200);
      assert.equal(((await written.json()) as { story: { title: string } }).story.title, 'Storm floods Valencia');
    });

    test('feeds: add, list, remove; a URL that is none is a 400', async () => {
      const added = await app.request('/api/feeds', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ feeds: [{ url: 'https://news.example.org/rss', intervalSeconds: 600 }] }) });
      assert.equal(added.status, 200);
      const list = (await (await app.request('/api/feeds')).json()) as { feeds: Array<{ url: string; intervalSeconds: number }> };
      assert.deepEqual(list.feeds.map((feed) => [feed.url, feed.intervalSeconds]), [['https://news.example.org/rss', 600]]);
      const bad = await app.request('/api/feeds', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ feeds: [{ url: 'file:///etc/passwd' }] }) });
      assert.equal(bad.status, 400);
      const removed = (await (await app.request(`/api/feeds?url=${encodeURIComponent('https://news.example.org/rss')}`, { method: 'DELETE' })).json()) as { removed: number };
      assert.equal(removed.removed, 1);
      assert.deepEqual(((await (await app.request('/api/feeds')).json()) as { feeds: unknown[] }).feeds, []);
    });

    test('pages: the list, a story, an article with its evidence marked, an actor, the graph, all escaped', async () => {
      const list = await (await app.request('/')).text();
      assert.match(list, /<ol class="stories">/);
      assert.doesNotMatch(list, /<script>window\.__pwned|<img src=x|<b onmouseover/);
      const story = await (await app.request(`/stories/${storyId}`)).text();
      for (const section of ['agreement', 'conflicts', 'single-source', 'omissions', 'quotes', 'timeline', 'framing', 'relations', 'sources']) assert.match(story, new RegExp(`<section id="${section}">`));
      const evidence = /href="(\/articles\/[^"?]+\?mark=(\d+)-(\d+)#evidence)"/.exec(story);
      assert.ok(evidence, 'a fact links to its evidence');
      const article = await (await app.request(evidence[1]!.replaceAll('&amp;', '&'))).text();
      assert.match(article, /<mark class="evidence" id="evidence">[^<]+<\/mark>/);
      const hostile = await db.query<{ id: string }>("SELECT id FROM articles WHERE title LIKE 'Riot%'");
      const page = await (await app.request(`/articles/${hostile[0]!.id}`)).text();
      assert.match(page, /Riot &lt;script&gt;window.__pwned = 1; alert\(1\)&lt;\/script&gt;/);
      assert.doesNotMatch(page, /<script>window\.__pwned|<img src=x|<b onmouseover|<iframe/);
      const response = await app.request(`/articles/${hostile[0]!.id}`);
      assert.match(response.headers.get('content-security-policy')!, /default-src 'none'; script-src 'self'/);
      assert.equal((await app.request('/entities?q=Athens')).status, 200);
      assert.equal((await app.request('/graph')).status, 200);
      // every page in standards mode
      for (const path of ['/', `/stories/${storyId}`, evidence[1]!.replaceAll('&amp;', '&'), '/entities', '/graph', '/login', '/stories/nope']) {
        assert.match(await (await app.request(path)).text(), /^<!doctype html><html lang="en">/, path);
      }
      const missing = await app.request('/stories/nope');
      assert.equal(missing.status, 404);
      assert.match(missing.headers.get('content-type')!, /text\/html/);
    });

    test('an error inside the server is a 500 that names no internal detail', async () => {
      const failing = createApp({ store: db });
      await db.query('ALTER TABLE feeds RENAME TO feeds_away');
      try {
        const response = await failing.request('/api/feeds');
        assert.equal(response.status, 500);
        const body = (await response.json()) as { error: string; message: string };
        assert.equal(body.error, 'internal');
        assert.doesNotMatch(body.message, /feeds|relation|SELECT|at \w+ \(/);
      } finally {
        await db.query('ALTER TABLE feeds_away RENAME TO feeds');
      }
    });
  });
}

describe('the token', () => {
  let fresh: FreshStore;
  let db: Database;
  const token = 'a-token-of-thirty-two-characters';
  before(async () => {
    fresh = await freshStore('pglite');
    db = await openStore(fresh.location);
  });
  after(async () => {
    await db.close();
    await fresh.remove();
  });

  test('on loopback: writes need it as a bearer token, reads do not; a body over the limit is a 413', async () => {
    const app = createApp({ store: db, options: { token, maxBodyBytes: 1000 } });
    const feeds = JSON.stringify({ feeds: [{ url: 'https://example.org/feed' }] });
    const post = (headers: Record<string, string>, body = feeds) => app.request('/api/feeds', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
    const refused = await post({});
    assert.equal(refused.status, 401);
    assert.equal(((await refused.json()) as { error: string }).error, 'unauthorized');
    assert.equal((await post({ Authorization: 'Bearer wrong-token-wrong-token-wrong-to' })).status, 401);
    assert.equal((await post({ Authorization: `Bearer ${token}` })).status, 200);
    assert.equal((await app.request('/api/feeds')).status, 200);
    const large = await post({ Authorization: `Bearer ${token}` }, JSON.stringify({ feeds: [{ url: `https://example.org/${'x'.repeat(2000)}` }] }));
    assert.equal(large.status, 413);
    assert.equal(((await large.json()) as { error: string }).error, 'too_large');
  });

  test('a request past its timeout is a 503 with {error, message}; an ingest cut so still stores what it read', async () => {
    const app = createApp({ store: db, options: { ingestTimeoutSeconds: 0.001 } });
    const article = { title: 'Dam breaks in Libya', published: '2023-09-11', outlet: 'Libya Review', text: 'A dam burst near Derna on Sunday night after a storm, and floods swept whole districts into the sea, officials said.' };
    const response = await app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(article) });
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { error: 'timeout', message: 'ingesting took longer than 0.001 s' });
    for (let tries = 0; tries < 100; tries++) {
      if ((await db.query("SELECT 1 FROM articles WHERE title = 'Dam breaks in Libya'")).length) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail('the ingest went on after the answer, and stored the article');
  });

  test('beyond loopback: reads need it too, by bearer or by the login page\'s cookie, which never authorizes a write', async () => {
    const app = createApp({ store: db, options: { token, readsNeedToken: true } });
    assert.equal((await app.request('/api/stories')).status, 401);
    assert.equal((await app.request('/api/stories', { headers: { Authorization: `Bearer ${token}` } })).status, 200);
    const page = await app.request('/stories/x?full=1');
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/login?next=%2Fstories%2Fx%3Ffull%3D1');
    const wrong = await app.request('/login', { method: 'POST', body: new URLSearchParams({ token: 'nope', next: '/' }) });
    assert.equal(wrong.status, 401);
    const login = await app.request('/login', { method: 'POST', body: new URLSearchParams({ token, next: '//evil.example/' }) });
    assert.equal(login.status, 303);
    assert.equal(login.headers.get('location'), '/');
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(login.headers.get('set-cookie')!, /HttpOnly/i);
    assert.equal((await app.request('/', { headers: { Cookie: cookie } })).status, 200);
    const write = await app.request('/api/feeds', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ feeds: [{ url: 'https://example.org/feed' }] }) });
    assert.equal(write.status, 401);
  });
});
