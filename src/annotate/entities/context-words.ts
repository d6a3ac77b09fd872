/** Small closed sets of words that type a name by its neighbours. Each set shows the phrase it handles. */

/** "the aircraft carrier Gerald Ford", "the tanker Skipper": a vessel or a thing named after someone. */
export const THING_NOUNS_BEFORE = new Set([
  'carrier', 'ship', 'vessel', 'tanker', 'destroyer', 'frigate', 'submarine', 'warship', 'cruiser', 'yacht', 'boat', 'ferry', 'freighter',
  'missile', 'rocket', 'system', 'operation', 'exercise', 'exercises', 'hurricane', 'storm', 'typhoon', 'cyclone', 'award', 'prize',
  'program', 'programme', 'doctrine', 'plan', 'project', 'pipeline', 'satellite', 'spacecraft', 'probe', 'brand', 'film', 'movie', 'book', 'novel',
]);

/** "the Oreshnik ballistic missile", "Tu-160 bombers", "Sputnik vaccines": a thing with a name. */
export const THING_NOUNS_AFTER = new Set([
  'missile', 'missiles', 'system', 'systems', 'bomber', 'bombers', 'jet', 'jets', 'fighter', 'fighters', 'rocket', 'rockets', 'drone', 'drones',
  'tank', 'tanks', 'vaccine', 'vaccines', 'satellite', 'satellites', 'pipeline', 'doctrine', 'award', 'prize', 'act', 'accords', 'class', 'variant',
]);

/** "the American oil company Chevron", "Rosneft, Russia's main oil company". */
export const ORGANIZATION_NOUNS = new Set([
  'company', 'companies', 'firm', 'group', 'corporation', 'conglomerate', 'giant', 'bank', 'agency', 'organization', 'organisation', 'party',
  'network', 'newspaper', 'magazine', 'broadcaster', 'channel', 'outlet', 'daily', 'website', 'university', 'militia', 'cartel', 'gang',
  'union', 'maker', 'manufacturer', 'producer', 'operator', 'airline', 'retailer', 'startup', 'platform', 'insurer', 'lender', 'automaker',
  'carmaker', 'exporter', 'importer', 'supplier', 'contractor', 'fund', 'think', 'institute', 'charity', 'movement', 'coalition', 'alliance',
]);

/** The last word of an organisation's name: "Defense Committee", "Center for China Studies", "Latin Times". */
export const ORGANIZATION_TAILS = new Set([
  'University', 'College', 'Institute', 'Center', 'Centre', 'Committee', 'Council', 'Commission', 'Ministry', 'Department', 'Agency', 'Bank',
  'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Group', 'Party', 'Post', 'Times', 'News', 'Journal', 'Herald',
  'Tribune', 'Gazette', 'Army', 'Navy', 'Forces', 'Force', 'Parliament', 'Congress', 'Senate', 'Court', 'Foundation', 'Association', 'Union',
  'Organization', 'Organisation', 'Fund', 'Office', 'Bureau', 'Board', 'Authority', 'Service', 'Police', 'Guard', 'Front', 'Movement',
  'Alliance', 'Coalition', 'Federation', 'Cartel', 'Brigade', 'Brigades', 'Studies', 'Review', 'Monitor', 'Watch', 'Airlines', 'Airways',
  'Industries', 'Holdings', 'Energy', 'Oil', 'Petroleum', 'Motors', 'Media', 'Press', 'Radio', 'Television', 'TV', 'Network', 'Daily',
  'Division', 'Guild', 'Section', 'Unit', 'Squad', 'Limited', 'Incorporated', 'Entertainment', 'Pictures', 'Studios', 'Records', 'PLC', 'plc', 'GmbH', 'LLP',
]);

/** "Congress", "the Senate", "Police said": a tail word that names one body alone, a source news cites; "Press", "Office", "Road" alone name none. */
export const INSTITUTIONS_ALONE = new Set(['Congress', 'Senate', 'Parliament', 'Navy', 'Army', 'Police', 'Pentagon', 'Kremlin']);

/** The last word of a place's name: "Atlantic Ocean", "Gulf of Aden", "Red Square". */
export const PLACE_TAILS = new Set([
  'Ocean', 'Sea', 'River', 'Lake', 'Mountains', 'Mountain', 'Island', 'Islands', 'Gulf', 'Bay', 'Strait', 'Straits', 'Canal', 'Desert',
  'Peninsula', 'Valley', 'Street', 'Avenue', 'Square', 'Province', 'Region', 'County', 'City', 'District', 'Airport', 'Port', 'Harbor',
  'Harbour', 'Coast', 'Basin', 'Plateau', 'Park', 'Oblast', 'Krai', 'Strip', 'Bank', 'Heights', 'Highlands', 'Delta',
  'Hospital', 'Prison', 'Jail', 'Cemetery', 'Stadium', 'Arena', 'Hotel', 'Courthouse', 'Station', 'Bridge', 'Plaza', 'Boulevard', 'Road',
  // towns and neighbourhoods: "College Point", "Long Beach", "Greenwich Village", "Palm Springs", "Niagara Falls" (not "Hill", "Ridge": surnames too)
  'Point', 'Beach', 'Village', 'Springs', 'Falls', 'Township', 'Creek', 'Gardens',
]);

/** Lemmas of verbs whose subject is a speaker: "Lavrov said", "Bondi told reporters". */
export const SPEECH_LEMMAS = new Set([
  'say', 'tell', 'add', 'state', 'write', 'note', 'explain', 'argue', 'claim', 'warn', 'insist', 'announce', 'declare', 'confirm', 'deny',
  'tweet', 'post', 'reply', 'respond', 'ask', 'urge', 'acknowledge', 'admit', 'assert', 'contend', 'maintain', 'report', 'demand', 'pledge',
  'vow', 'promise', 'threaten', 'accuse', 'praise', 'criticize', 'criticise', 'condemn', 'describe', 'call', 'suggest', 'stress', 'emphasize',
]);

/** Locative prepositions: "in Caracas" is a place; "Caracas said" is a government. */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'across', 'through', 'toward', 'towards', 'via', 'around', 'of']);
