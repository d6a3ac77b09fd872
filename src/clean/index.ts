export { cleanArticle, type CleanedArticle } from './clean-article.ts';
export { cleanRawArticle } from './clean-raw-article.ts';
export { collapseDuplicates } from './collapse-duplicates.ts';
export { findDuplicates, type DuplicateCandidate, type DuplicateFindings } from './find-duplicates.ts';
