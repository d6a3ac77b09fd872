/**
 * Rules that read words of some languages ("Advertisement", "Read more:", a verbless caption told by an English
 * tagger) run only on articles in those languages: on a Romanian or Bulgarian article they would take its
 * paragraphs for furniture. Rules of signs, numbers and names ("©", "pic.twitter.com/…", "REUTERS/Jane Doe")
 * run on every article. An article whose language is not known (too short to tell) gets every rule, as before
 * languages were told apart.
 */
export function ruleApplies(ruleLanguages: readonly string[] | undefined, articleLanguage: string | null): boolean {
  return ruleLanguages === undefined || articleLanguage === null || ruleLanguages.includes(articleLanguage);
}

/** English only: the rule's words are English ("caption", "Follow us on", "all rights reserved"). */
export const ENGLISH: readonly string[] = Object.freeze(['en']);
