/**
 * POLECAT's columns in the order of its tab-separated files (the POLECAT data set on the Harvard Dataverse,
 * doi:10.7910/DVN/AJGVIT: files open with this header; "Headline" and "Event Text", which not every weekly
 * file carries, come last).
 */
export const POLECAT_COLUMNS = Object.freeze([
  'Event ID', 'Event Date', 'Event Type', 'Event Mode', 'Intensity', 'Quad Code', 'Contexts',
  'Actor Name', 'Actor Country', 'Actor COW', 'Primary Actor Sector', 'Actor Sectors', 'Actor Title', 'Actor Name Raw', 'Wikipedia Actor ID',
  'Recipient Name', 'Recipient Country', 'Recipient COW', 'Primary Recipient Sector', 'Recipient Sectors', 'Recipient Title', 'Recipient Name Raw', 'Wikipedia Recipient ID',
  'Placename', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude', 'GeoNames ID', 'Raw Placename', 'Feature Type',
  'Source', 'Publication Date', 'Story People', 'Story Organizations', 'Story Locations', 'Language', 'Version', 'Headline', 'Event Text',
] as const);

/** Ours, after POLECAT's: where the evidence lies, how it is reported, and how many independent sources carry the relation. */
export const TRIANGULATE_COLUMNS = Object.freeze([
  'Relation ID', 'Level', 'Article ID', 'Copy Of', 'Evidence Spans', 'Triggers', 'Reported', 'Auxiliary', 'Asserted By', 'Independent Sources',
] as const);

export type PolecatColumn = (typeof POLECAT_COLUMNS)[number] | (typeof TRIANGULATE_COLUMNS)[number];
