/** Days and their arithmetic, and the names of months and weekdays: the one calendar every stage reads. */
export * from './days.ts';
export * from './names.ts';
export * from './names-by-language.ts';
