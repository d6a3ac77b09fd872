export { findQuantities } from './find-quantities.ts';
