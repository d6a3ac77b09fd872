import { loadCountries } from '../shared/countries.ts';
import { readDataFile } from '../shared/data-files.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../shared/calendar/index.ts';

/** Country names and capitals from world-countries (ODbL): "Moscow" in "MoscowDonald Trump's penchant". */
export const PLACE_NAMES: ReadonlySet<string> = new Set(
  loadCountries().flatMap((country) => [country.name.common, ...country.capital]).filter((name) => /^\p{L}+$/u.test(name)),
);

export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, ...WEEKDAY_NAMES].map((word) => word[0]!.toUpperCase() + word.slice(1)),
);

/** Lower-case words that end a phrase and are glued to the next name: "theWashington", "ofRussia". */
export const GLUING_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'as', 'that', 'than', 'into', 'about', 'said', 'says',
]);

/** Capitalised words that open a sentence, glued to the end of the last one: "PostIn mid-October". */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'In', 'The', 'A', 'An', 'On', 'At', 'For', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'These', 'Those',
  'His', 'Her', 'Their', 'Its', 'However', 'After', 'Before', 'While', 'When', 'As', 'According', 'Meanwhile', 'Since',
  'During', 'Although', 'If', 'There', 'Last', 'Earlier', 'Later', 'Yet', 'Still', 'Now', 'Then', 'Also',
]);

const camelCase = readDataFile<{ names: string[] }>('camelcase-names.json');

/** Names spelled with an inner capital on purpose: "LinkedIn", "McDonald", "iPhone". */
export const CAMEL_CASE_NAMES: ReadonlySet<string> = new Set(camelCase.names);
