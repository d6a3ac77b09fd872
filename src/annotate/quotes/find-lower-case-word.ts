/** A word written in lower case: a small letter after no letter, and the letters, apostrophes and hyphens that follow. */
const LOWER_CASE_WORD = /(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu;
const WORD_CHARACTER = /^[\p{L}'’-]$/u;
/** Texts longer than this are scanned once for all their lower-case words (about 20 pages of news). */
const WHOLE_SCAN_LENGTH = 64 * 1024;

/** The character (a whole surrogate pair) that ends right before a position; '' at the start. */
function characterBefore(text: string, position: number): string {
  if (position <= 0) return '';
  const low = text.charCodeAt(position - 1);
  const high = position >= 2 ? text.charCodeAt(position - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(position - (pair ? 2 : 1), position);
}

/** Where the run of letters, apostrophes and hyphens holding a position begins. */
function runStart(text: string, position: number): number {
  let start = position;
  for (let before = characterBefore(text, start); before && WORD_CHARACTER.test(before); before = characterBefore(text, start)) start -= before.length;
  return start;
}

/**
 * Whether the text writes the word in lower case somewhere: whether scanning the whole text for
 * LOWER_CASE_WORD would meet it ("women" beside a sentence's first word "Women"), answered from the
 * places the word occurs instead of from a scan of the whole text. A run of letters, apostrophes and
 * hyphens holds at most one such match, from its first small letter after no letter to the run's end
 * ("well-known" holds "well-known", "X-rays" holds "rays"), so the scan can start at the run.
 */
export function createLowerCaseWordTest(text: string): (word: string) => boolean {
  // a long text is scanned once: asking word by word walks every place a word occurs, and a name that is
  // never written in lower case ("Obama") is looked up at each of its thousand places in a 4 MB article
  if (text.length > WHOLE_SCAN_LENGTH) {
    const written = collectLowerCaseWords(text);
    return (word) => written.has(word);
  }
  const answers = new Map<string, boolean>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) {
      answer = false;
      for (let at = word ? text.indexOf(word) : -1; at !== -1 && !answer; at = text.indexOf(word, at + 1)) {
        LOWER_CASE_WORD.lastIndex = runStart(text, at);
        const match = LOWER_CASE_WORD.exec(text);
        answer = match !== null && match.index === at && match[0] === word;
      }
      answers.set(word, answer);
    }
    return answer;
  };
}

/** What a character is to LOWER_CASE_WORD: a small letter, another letter, an apostrophe or hyphen inside a word, or none of these. */
const enum CharacterKind {
  Other,
  SmallLetter,
  Letter,
  WordMark,
}

const SMALL_LETTER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
/** The kinds of characters past ASCII met so far: an article uses few, and each is asked about many times. */
const kindsBeyondAscii = new Map<number, CharacterKind>();

function kindOf(code: number): CharacterKind {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return CharacterKind.SmallLetter;
    if (code >= 0x41 && code <= 0x5a) return CharacterKind.Letter;
    return code === 0x27 || code === 0x2d ? CharacterKind.WordMark : CharacterKind.Other;
  }
  let kind = kindsBeyondAscii.get(code);
  if (kind === undefined) {
    const character = String.fromCodePoint(code);
    kind = code === 0x2019 ? CharacterKind.WordMark : SMALL_LETTER.test(character) ? CharacterKind.SmallLetter : LETTER.test(character) ? CharacterKind.Letter : CharacterKind.Other;
    kindsBeyondAscii.set(code, kind);
  }
  return kind;
}

/**
 * Every match of LOWER_CASE_WORD in the text, read character by character: the pattern's look-behind,
 * tried at each of four million characters, made it the costliest scan of a 4 MB article's quotes.
 */
function collectLowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  let afterLetter = false;
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    const kind = kindOf(code);
    if (kind === CharacterKind.SmallLetter && !afterLetter) {
      // the match runs over letters, apostrophes and hyphens: "well-known", "don't"
      let end = index;
      let lastKind: CharacterKind = kind;
      for (let next = code; end < text.length; ) {
        next = text.codePointAt(end)!;
        const nextKind = kindOf(next);
        if (nextKind === CharacterKind.Other) break;
        lastKind = nextKind;
        end += next > 0xffff ? 2 : 1;
      }
      words.add(text.slice(index, end));
      afterLetter = lastKind !== CharacterKind.WordMark;
      index = end;
      continue;
    }
    afterLetter = kind === CharacterKind.SmallLetter || kind === CharacterKind.Letter;
    index += code > 0xffff ? 2 : 1;
  }
  return words;
}
