import { decodeHtmlEntities } from './decode-html-entities.ts';

/** A metadata value as one tidy line, or null when nothing is left: "  Chelsea pay &#163;71.6m\n" → "Chelsea pay £71.6m". */
export function tidyMetadataText(value: string | null | undefined): string | null {
  const text = value ? decodeHtmlEntities(value).replace(/\s+/g, ' ').trim() : '';
  return text ? text : null;
}
