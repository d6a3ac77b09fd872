import type { Entity } from '../model/index.ts';
import { foldText } from '../shared/words.ts';

/**
 * Short words written two ways in names of places and saints: "Mt Cook" / "Mount Cook", "St. Louis" /
 * "Saint Louis", "Ft Worth" / "Fort Worth".
 */
const NAME_WORD_FORMS: Readonly<Record<string, string>> = { mt: 'mount', st: 'saint', ste: 'sainte', ft: 'fort' };
/**
 * Least letters of the longer of two last words one edit apart for them to be one name: "Rait" / "Raite",
 * "Wolff" / "Wolfe", "Hefner" / "Heffner" are; "Hale" / "Hall", "Li" / "Lu" are two people.
 */
const MIN_EDITED_LETTERS = 5;

/**
 * Which entities of a batch are one actor written two ways, for the event anchors alone: the merged
 * entities keep their names, the cluster stage only counts them as one anchor. "A. J. Smith" and
 * "A.J. Smith" (initials spaced or not), "Mt Cook" and "Mount Cook", "St. Louis" and "Saint Louis"
 * read as one name; "Duncan Rait" and "Duncan Raite" (the same first words, the last one edit apart,
 * the longer of at least MIN_EDITED_LETTERS letters) are one person, as are "Hugh Hefner" and "Hugh
 * Heffner". Entities of different types stay apart.
 * Returns each entity's id → the id of the first entity (in the given order) of its name.
 * Each entity is keyed a bounded number of times (its last word with one letter left out): linear.
 */
export function anchorNames(entities: readonly Entity[]): Map<string, string> {
  const parent = new Map(entities.map((entity) => [entity.id, entity.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  const firstWithKey = new Map<string, string>();
  const join = (key: string, id: string) => {
    const first = firstWithKey.get(key);
    if (first === undefined) firstWithKey.set(key, id);
    else if (root(first) !== root(id)) parent.set(root(id), root(first));
  };
  for (const entity of entities) {
    const words = nameWords(entity.name);
    if (!words.length) continue;
    const name = `${entity.type}|${words.join(' ')}`;
    join(name, entity.id);
    const last = words[words.length - 1]!;
    // a person's or place's last word one edit from another's, the words before it the same: each form
    // with one letter left out meets the other's ("raite" without its "e" is "rait"); a word one letter
    // shorter than MIN_EDITED_LETTERS meets a longer one by its whole self, two short words never meet
    if (words.length < 2 || last.length < MIN_EDITED_LETTERS - 1 || !/^[a-z]+$/.test(last) || entity.type === 'other') continue;
    const before = `${entity.type}|${words.slice(0, -1).join(' ')}|`;
    join(`${before}${last}~`, entity.id);
    if (last.length < MIN_EDITED_LETTERS) continue;
    for (let letter = 0; letter < last.length; letter++) join(`${before}${last.slice(0, letter)}${last.slice(letter + 1)}~`, entity.id);
  }
  return new Map(entities.map((entity) => [entity.id, root(entity.id)]));
}

/**
 * A name's words for comparing spellings: folded, dots gone, initials run together, short forms written out:
 * "A. J. Smith" and "A.J. Smith" → ["aj", "smith"]; "Mt. Cook" → ["mount", "cook"].
 */
export function nameWords(name: string): string[] {
  const words = foldText(name).replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  let initials = false;
  for (const word of words) {
    // "a j smith": single letters in a row are one run of initials
    if (word.length === 1 && initials) joined[joined.length - 1] += word;
    else joined.push(NAME_WORD_FORMS[word] ?? word);
    initials = word.length === 1 && /^[a-z]$/.test(word);
  }
  return joined;
}
