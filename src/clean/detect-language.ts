import type { eld as EldDetector } from 'eld/medium';
import { readDataFile } from '../shared/data-files.ts';

/** Fewer letters than this give no reliable language. */
const MIN_LETTERS = 20;
/** Scores of the first two languages closer than this share of the first are a near tie. */
const NEAR_TIE = 0.02;

/** eld's own constructor of detectors (src/languageDetector.js), which its entry files call. */
interface EldInternals {
  createEld(): { instance: typeof EldDetector; loadData(ngrams: unknown): string };
}

// eld's "medium" detector, as `import { eld } from 'eld/medium'` builds it, but from its n-gram table as JSON:
// that import evaluates the table as a 2 MB object literal (about 400 ms of every start), JSON.parse builds the
// same objects in a quarter of the time. eld exports createEld to its entry files only, so it is reached beside
// the resolved entry. data/eld-ngrams-medium.json comes from scripts/build-eld-ngrams.ts, and a test checks that
// it is still eld's table.
const { createEld } = (await import(new URL('../languageDetector.js', import.meta.resolve('eld/medium')).href)) as EldInternals;
let detector: typeof EldDetector | undefined;

function loadDetector(): typeof EldDetector {
  if (detector) return detector;
  const { instance, loadData } = createEld();
  loadData(readDataFile('eld-ngrams-medium.json'));
  detector = instance;
  return detector;
}

/** ISO 639-1 code of the text's language (eld, n-grams), or null when the text is too short or mixed to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const result = loadDetector().detect(sample);
  if (!result.language || !result.isReliable()) return null;
  // "Saudi Arabia eased restrictions on Qatari travellers.": in a short text the names can tip a near tie (French
  // 0.676, English 0.668); the words without the capitalised ones, which carry no language, decide it
  const [first, second] = Object.values(result.getScores()).sort((a, b) => b - a);
  if (first !== undefined && second !== undefined && first - second < NEAR_TIE * first) {
    const common = sample.replace(/\p{Lu}[\p{L}'’.-]*/gu, ' ');
    if ((common.match(/\p{L}/gu)?.length ?? 0) >= MIN_LETTERS) {
      const again = loadDetector().detect(common);
      if (again.language && again.isReliable()) return again.language;
    }
  }
  return result.language;
}
