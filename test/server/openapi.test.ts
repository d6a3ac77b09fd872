import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createApp, OPENAPI_PATH } from '../../src/server/index.ts';
import { openStore, type Database } from '../../src/store/index.ts';
import { freshStore, type FreshStore } from '../store/databases.ts';
import { fillStore } from './server-stores.ts';

interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Spec {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

describe('the API and its description at /openapi.json', () => {
  let fresh: FreshStore;
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let spec: Spec;

  before(async () => {
    fresh = await freshStore('pglite');
    db = await openStore(fresh.location);
    await fillStore(db);
    app = createApp({ store: db });
    spec = (await (await app.request(OPENAPI_PATH)).json()) as Spec;
  });
  after(async () => {
    await db.close();
    await fresh.remove();
  });

  test('it is OpenAPI 3.1, and every API route the app answers is described there, and nothing more', () => {
    assert.equal(spec.openapi, '3.1.0');
    const served = new Set(app.routes.filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL').map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`));
    const described = new Set(Object.entries(spec.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)));
    assert.deepEqual([...served].sort(), [...described].sort());
    assert.ok(described.size >= 15, String(described.size));
  });

  test('every GET operation answers as its description says: status, media type and a body that fits its schema', async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ $id: 'openapi.json', components: spec.components });
    const refer = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')) as object;
    const [story] = await db.query<{ id: string }>('SELECT id FROM stories LIMIT 1');
    const [article] = await db.query<{ id: string }>('SELECT id FROM articles LIMIT 1');
    const [entity] = await db.query<{ id: string }>('SELECT entity_id AS id FROM article_entities GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1');
    const idOf = (path: string) => (path.startsWith('/api/stories') ? story!.id : path.startsWith('/api/articles') ? article!.id : entity!.id);
    let checked = 0;
    for (const [path, operations] of Object.entries(spec.paths)) {
      const operation = operations.get;
      if (!operation) continue;
      const required = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query' && parameter.required);
      const query = new URLSearchParams(required.map((parameter) => [parameter.name, 'Athens']));
      const url = `${path.replace('{id}', encodeURIComponent(idOf(path)))}${required.length ? `?${query}` : ''}`;
      const response = await app.request(url);
      assert.equal(response.status, 200, url);
      const declared = operation.responses['200']!.content!;
      const type = response.headers.get('content-type')!.split(';')[0]!;
      assert.ok(declared[type], `${url}: ${type} is not among ${Object.keys(declared).join(', ')}`);
      const body = await response.text();
      if (type === 'application/json') {
        const validate = ajv.compile(refer(declared[type].schema));
        assert.ok(validate(JSON.parse(body)), `${url}: ${ajv.errorsText(validate.errors)}`);
      } else {
        assert.ok(body.length > 0, url);
      }
      const missing = operation.responses['404'];
      if (missing && path.includes('{id}')) {
        const notFound = await app.request(path.replace('{id}', 'no-such-id'));
        assert.equal(notFound.status, 404, path);
        const validate = ajv.compile(refer(missing.content!['application/json']!.schema));
        assert.ok(validate(await notFound.json()), `${path} 404: ${ajv.errorsText(validate.errors)}`);
      }
      checked++;
    }
    assert.ok(checked >= 12, String(checked));
  });
});
