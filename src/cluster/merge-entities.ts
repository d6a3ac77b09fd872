import type { Entity, EntityMention, EntityType, LinkedEntities } from '../model/index.ts';
import { entityId } from '../shared/entity-id.ts';
import { endsWithWords, foldText } from '../shared/words.ts';

interface Group {
  key: string;
  names: string[];
  surfaces: string[];
  articles: Set<string>;
  types: Map<EntityType, number>;
  country: string | null;
  mentions: number;
}

/**
 * One entity per actor across the story: article keys that are the same actor merge — the same name
 * (accents and case folded), a surname in one article that only one full name of the story ends with
 * ("Maduro" → "Nicolás Maduro"), or one company written two ways ("TallGrass Distribution Ltd." and
 * "Tall Grass Distribution Limited").
 */
export function mergeEntities(articles: readonly { id: string; mentions: readonly Pick<EntityMention, 'entityKey' | 'name' | 'text' | 'type' | 'country'>[] }[]): LinkedEntities {
  const groups = new Map<string, Group>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const group: Group = groups.get(mention.entityKey) ?? { key: mention.entityKey, names: [], surfaces: [], articles: new Set(), types: new Map(), country: null, mentions: 0 };
      group.names.push(mention.name);
      group.surfaces.push(mention.text);
      group.articles.add(article.id);
      group.types.set(mention.type, (group.types.get(mention.type) ?? 0) + 1);
      group.country ??= mention.country;
      group.mentions++;
      groups.set(mention.entityKey, group);
    }
  }
  const target = new Map<string, string>([...groups.keys()].map((key) => [key, key]));
  // each person's name in folded words, computed once: "Nicolás Maduro" → ["nicolas", "maduro"]
  const persons = [...groups.values()].filter((group) => typeOf(group) === 'person').map((group) => ({ group, words: foldText(nameOf(group)).split(' ') }));
  for (const { group, words } of persons) {
    const fuller = persons.filter((other) => other.group !== group && other.words.length > words.length && endsWithWords(other.words, words));
    if (fuller.length === 1) target.set(group.key, fuller[0]!.group.key);
  }
  // "Bettie Page" said in one article, only named in another (typed other there): one person
  const personByName = new Map(persons.map(({ group, words }) => [words.join(' '), group.key]));
  for (const group of groups.values()) {
    const person = typeOf(group) === 'other' && target.get(group.key) === group.key ? personByName.get(foldText(nameOf(group))) : undefined;
    if (person && person !== group.key && nameOf(group).includes(' ')) target.set(group.key, person);
  }
  // "TallGrass Distribution Ltd." · "Tall Grass Distribution Limited": the first organisation of a company name holds the others
  const firstOfCompany = new Map<string, string>();
  const companies = new Set<string>();
  for (const group of groups.values()) {
    if (target.get(group.key) !== group.key || !isOrganizationName(group)) continue;
    const company = companyKey(nameOf(group));
    if (!company) continue;
    const first = firstOfCompany.get(company);
    if (first) target.set(group.key, first);
    else firstOfCompany.set(company, group.key);
    companies.add(first ?? group.key);
  }
  const resolve = (key: string): string => (target.get(key) === key ? key : resolve(target.get(key)!));
  const merged = new Map<string, Group>();
  for (const group of groups.values()) {
    const root = resolve(group.key);
    const into = merged.get(root);
    if (!into) merged.set(root, { ...group, key: root, articles: new Set(group.articles), types: new Map(group.types), names: [...group.names], surfaces: [...group.surfaces] });
    else {
      into.names.push(...group.names);
      into.surfaces.push(...group.surfaces);
      for (const id of group.articles) into.articles.add(id);
      for (const [type, count] of group.types) into.types.set(type, (into.types.get(type) ?? 0) + count);
      into.country ??= group.country;
      into.mentions += group.mentions;
    }
  }
  // a company is no person, however one article typed its name
  for (const key of companies) {
    const types = merged.get(key)!.types;
    const persons = types.get('person');
    if (persons) {
      types.delete('person');
      types.set('organization', (types.get('organization') ?? 0) + persons);
    }
  }
  const positionOf = new Map(articles.map((article, position) => [article.id, position]));
  const entities = [...merged.values()]
    .map((group): Entity & { country: string | null; mentions: number } => {
      const name = nameOf(group);
      return {
        id: entityId(group.key),
        name,
        type: typeOf(group),
        aliases: [...new Set(group.surfaces)].filter((surface) => surface !== name),
        articles: [...group.articles].sort((a, b) => positionOf.get(a)! - positionOf.get(b)!),
        country: group.country,
        mentions: group.mentions,
      };
    })
    .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, idOf: (_articleId, key) => (groups.has(key) ? entityId(resolve(key)) : null) };
}

/** The fullest name the story gives; with accents when one spelling has them ("Nicolás" over "Nicolas"). */
function nameOf(group: Group): string {
  const score = (name: string) => name.split(/\s+/).length * 100 + (name.normalize('NFD').length - name.length) * 10 + (/^the\s/i.test(name) ? -50 : 0);
  return [...group.names].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/** Legal forms that end a company's name: "Ltd.", "Limited", "Inc.", "GmbH", "S.A.", "plc" (compared without dots and case). */
const COMPANY_SUFFIXES = new Set([
  'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 'sas',
  'sarl', 'srl', 'spa', 'nv', 'bv', 'pty', 'pte', 'oy', 'ab', 'as', 'asa', 'kk', 'ooo', 'oao', 'pjsc', 'ojsc', 'jsc',
]);

/**
 * A company's name compared without its legal form, spacing, dots, commas or case: "TallGrass Distribution Ltd." and
 * "Tall Grass Distribution Limited" → "tallgrassdistribution"; "Acme Co., Inc." → "acme". Null when nothing but a
 * legal form is left, or the name never had one and is a single word ("Reuters" keeps its own key).
 */
export function companyKey(name: string): string | null {
  const words = foldText(name).replace(/^the\s+/, '').replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  let end = words.length;
  while (end > 1 && COMPANY_SUFFIXES.has(words[end - 1]!)) end--;
  // "S.A." and "N.V." are read letter by letter once the dots are gone: "s a" → one suffix
  while (end > 2 && /^[a-z]$/.test(words[end - 1]!) && COMPANY_SUFFIXES.has(words[end - 2]! + words[end - 1]!)) end -= 2;
  const kept = words.slice(0, end);
  if (kept.length === 1 && end === words.length) return null;
  const key = kept.join('');
  return key.length >= 3 ? key : null;
}

/** An organisation, or a name whose last word is a legal form whatever its mentions were typed ("Tall Grass Distribution Limited"). */
function isOrganizationName(group: Group): boolean {
  if (typeOf(group) === 'organization') return true;
  const words = foldText(nameOf(group)).replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 1 && COMPANY_SUFFIXES.has(words[words.length - 1]!) && !/^(co|as|ab|ag|sa|lp)$/.test(words[words.length - 1]!);
}

function typeOf(group: Group): EntityType {
  if (group.types.has('person')) return 'person';
  return [...group.types.entries()].sort((a, b) => b[1] - a[1] || (a[0] === 'other' ? 1 : -1))[0]![0];
}

