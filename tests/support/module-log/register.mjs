// `node --import ./register.mjs`: appends the URL of every module the process loads to the file
// named by $PATHWAY_MODULE_LOG, so a test can show which code a real process never loaded.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { file: process.env.PATHWAY_MODULE_LOG } });
