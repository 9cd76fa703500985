/** The career framework: file format, parsing with located problems, queries, shipped files. */
export * from './schema.js';
export * from './parse.js';
export * from './queries.js';
export * from './default.js';
export * from './changes.js';
export * from './search.js';
