/**
 * src/db/migrations.ts drives Prisma's WebAssembly schema engine through its wasm-bindgen
 * glue, which is not a public API: it is pinned to one hash-suffixed version and may change
 * shape with any Prisma release. These checks name exactly what migrations.ts relies on, so
 * an upgrade that breaks it fails here with a message saying what moved (see README,
 * "Upgrading Prisma"), instead of as a hang or an obscure wasm error at start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as adapterUtils from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const manifest = z.object({ version: z.string() });
const rootPackage = z
  .object({ dependencies: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync('package.json', 'utf8')));
/** Read from the file: the engine's package exports no ./package.json. */
const installedVersion = (name: string) =>
  manifest.parse(JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'))).version;

const ENGINE = '@prisma/schema-engine-wasm';
const pinned = rootPackage.dependencies[ENGINE] ?? '';
const upgradeHint = `${ENGINE} ${pinned} no longer has the shape src/db/migrations.ts uses; see README.md, "Upgrading Prisma"`;

/** Fails with the upgrade hint and what exactly is missing. */
function expectApi(present: boolean, what: string): void {
  expect(present, `${upgradeHint}: ${what}`).toBe(true);
}

describe(`${ENGINE}, as src/db/migrations.ts drives it`, () => {
  it('is pinned to one exact, hash-suffixed build of the same Prisma release as the client', () => {
    const release = /^(\d+\.\d+\.\d+)-\d+\.[0-9a-f]{40}$/.exec(pinned);
    expect(release, `${ENGINE} must be pinned exactly (x.y.z-n.<engine commit>), found "${pinned}"`).not.toBeNull();
    expect(installedVersion(ENGINE), 'node_modules holds another engine build than package.json pins: run npm ci').toBe(
      pinned,
    );
    for (const prismaPackage of ['@prisma/client', '@prisma/adapter-pg', '@prisma/driver-adapter-utils']) {
      expect(rootPackage.dependencies[prismaPackage], `${prismaPackage} must be the engine's Prisma release`).toBe(
        release?.[1],
      );
    }
  });

  it('exports the glue functions and the SchemaEngine class with the methods called', () => {
    expectApi(
      typeof engineBindings.__wbg_set_wasm === 'function',
      'schema_engine_bg no longer exports __wbg_set_wasm()',
    );
    const engineClass: unknown = engineBindings.SchemaEngine;
    expectApi(typeof engineClass === 'function', 'schema_engine_bg no longer exports the SchemaEngine class');
    const statics = engineClass as { new?: unknown };
    expectApi(typeof statics.new === 'function', 'SchemaEngine.new(options, log, adapter) is gone');
    expectApi(
      (statics.new as (...args: unknown[]) => unknown).length === 3,
      'SchemaEngine.new no longer takes (options, log callback, adapter factory)',
    );
    const prototype = (engineClass as { prototype: Record<string, unknown> }).prototype;
    for (const method of ['applyMigrations', 'diff', 'free']) {
      expectApi(typeof prototype[method] === 'function', `SchemaEngine.prototype.${method}() is gone`);
    }
    // Without these the engine's 10 s lock timer keeps `npm run db:migrate` alive (withUnrefTimers).
    expectApi(
      Object.keys(engineBindings).some((name) => name.startsWith('__wbg_setTimeout_')),
      'no __wbg_setTimeout_* import to replace with an unref()ed timer',
    );
  });

  it('ships its .wasm beside the glue, importing only what the glue exports and starting with __wbindgen_start', async () => {
    const wasmFile = path.join(path.dirname(require.resolve(`${ENGINE}/schema_engine_bg`)), 'schema_engine_bg.wasm');
    const bytes = readFileSync(wasmFile);
    const wasm = (globalThis as unknown as { WebAssembly: WasmModuleApi }).WebAssembly;
    const module = await wasm.compile(bytes);
    const imports = wasm.Module.imports(module);
    const modules = [...new Set(imports.map((entry) => entry.module))];
    expectApi(
      modules.length === 1 && modules[0] === './schema_engine_bg.js',
      `the wasm imports from ${modules.join(', ')}, not './schema_engine_bg.js' alone`,
    );
    const missing = imports.map((entry) => entry.name).filter((name) => !(name in engineBindings));
    expectApi(
      missing.length === 0,
      `the wasm imports what the glue does not export: ${missing.slice(0, 5).join(', ')}`,
    );
    expectApi(
      wasm.Module.exports(module).some((entry) => entry.name === '__wbindgen_start'),
      'the wasm no longer exports __wbindgen_start',
    );
  });

  it('binds a driver adapter factory through @prisma/driver-adapter-utils', () => {
    expectApi(
      typeof adapterUtils.bindMigrationAwareSqlAdapterFactory === 'function',
      'bindMigrationAwareSqlAdapterFactory() is gone',
    );
  });
});

/** The part of the WebAssembly global used here (TypeScript's lib for Node has no declaration of it). */
interface WasmModuleApi {
  compile(bytes: Uint8Array): Promise<object>;
  Module: {
    imports(module: object): Array<{ module: string; name: string }>;
    exports(module: object): Array<{ name: string }>;
  };
}
