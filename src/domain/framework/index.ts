/** The career framework: file format, parsing with located problems, queries (reading the shipped files: services/framework-files.ts). */

export * from './changes.js';
export * from './parse.js';
export * from './queries.js';
export * from './schema.js';
export * from './search.js';
export * from './translations.js';
