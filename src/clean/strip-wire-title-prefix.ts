/**
 * The agency's slug before a wire headline: "UPDATE 1-Valdoria's navy seizes…", "EXCLUSIVE-…", "RPT-…",
 * "CORRECTED-UPDATE 2-…", "WRAPUP 1-…", "FACTBOX-…", "ANALYSIS-…". It tells the copy's place in the agency's
 * file, not the story: the title is read without it. Only the agency's own slugs, in capitals and joined to
 * the headline by a bare hyphen, are read: "U.S.-China talks" and "COVID-19 cases rise" keep their words.
 */
const WIRE_SLUG = String.raw`(?:(?:UPDATE|WRAPUP|REFILE-UPDATE)\s?\d{1,2}|EXCLUSIVE|RPT|REFILE|CORRECTED|CORRECTION|FACTBOX|ANALYSIS|INSIGHT|FOCUS|PREVIEW|EXPLAINER|TIMELINE|BREAKINGVIEWS|COLUMN|SPECIAL REPORT|INTERVIEW|BRIEF|GRAPHIC|POLL|QUOTEBOX|SCENARIOS|UPDATE)`;
const WIRE_PREFIX = new RegExp(String.raw`^(?:${WIRE_SLUG}-)+(?=\S)`);

/** "UPDATE 1-Valdoria's navy seizes ship" → {title: "Valdoria's navy seizes ship", prefix: "UPDATE 1-"}; null without a slug. */
export function stripWireTitlePrefix(title: string): { title: string; prefix: string } | null {
  const prefix = WIRE_PREFIX.exec(title)?.[0];
  if (!prefix) return null;
  const rest = title.slice(prefix.length).trim();
  // "ANALYSIS-" and nothing after it: no headline to keep
  if (!/\p{L}/u.test(rest)) return null;
  return { title: rest, prefix };
}
