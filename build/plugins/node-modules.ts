import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as Linking from '../../src/linking/index.ts';
import type * as StateData from '../../src/state/data.ts';

/**
 * Our TypeScript modules loaded into Node at build time through tsx. vite.config.ts must not import src/ itself:
 * Vite bundles the config with its imports, and src/ is written for the bundler (extensionless relative imports),
 * which Vite 8 reports in about twenty lines of warnings on every start. Loaded this way, nothing of src/ is in
 * the config's bundle, and the linker used here is the same code the app and tests run.
 */
async function load<T>(root: string, file: string): Promise<T> {
  const url = pathToFileURL(join(root, file)).href;
  return (await tsImport(url, url)) as T;
}

export const loadLinking = (root: string): Promise<typeof Linking> => load(root, 'src/linking/index.ts');
export const loadStateData = (root: string): Promise<typeof StateData> => load(root, 'src/state/data.ts');
