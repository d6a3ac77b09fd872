export { readClauses, type ClauseLayers } from './read-clauses.ts';
