import type { RelationLevel } from '../model/index.ts';
import type { StoryRelations } from './actor-graph.ts';
import { relationsAt } from './batch-articles.ts';

/** The columns, one row per sentence a relation is read from (a relation told in three sentences is three rows). */
export const CSV_COLUMNS = Object.freeze([
  'relation_id', 'story', 'level', 'source_id', 'source', 'source_country', 'type', 'mode', 'target_id', 'target', 'target_country',
  'reported', 'auxiliary', 'asserted_by', 'contexts', 'date', 'articles', 'independent_sources',
  'evidence_text', 'article_id', 'evidence_start', 'evidence_end', 'trigger', 'evidence_reported', 'evidence_date',
] as const);

type CsvValue = string | number | null;

/**
 * Relations of one level as CSV (RFC 4180: comma-separated, CRLF line ends, a field in double quotes when
 * it holds a comma, a quote or a line break, quotes doubled). Several values in one field are joined by
 * "; ". Evidence offsets count UTF-16 code units into the article's cleaned text, as the dossier does.
 */
export function* writeCsv(stories: readonly StoryRelations[], level: RelationLevel): Generator<string> {
  yield csvLine(CSV_COLUMNS);
  for (const { story, relation } of relationsAt(stories, level)) {
    const target = relation.targetActor;
    const shared: CsvValue[] = [
      relation.id, story, relation.level, relation.source, relation.sourceActor.name, relation.sourceActor.country,
      relation.type, relation.mode, relation.target, target?.name ?? null, target?.country ?? null,
      relation.reported, relation.auxiliary.join('; '), relation.assertedBy.join('; '), relation.contexts.join('; '),
      relation.date, relation.articles.length, relation.support.independent,
    ];
    if (!relation.evidence.length) yield csvLine([...shared, null, null, null, null, null, null, null]);
    for (const item of relation.evidence) {
      yield csvLine([...shared, item.text, item.articleId, item.start, item.end, item.trigger.text, item.reported, item.date]);
    }
  }
}

/** One record: fields joined by commas, CRLF at the end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** `He said "no", twice` → `"He said ""no"", twice"`; NUL, which spreadsheets stop at, is dropped. */
function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value).replace(/\0/g, '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
