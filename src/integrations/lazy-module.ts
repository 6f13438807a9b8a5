/**
 * `import url from 'lazy-module:./file.ts'`: the address of a browser module
 * bundled apart, for a script to `import()` only when a reader asks for it.
 * A plain `import()` makes Vite add its preload helper (about 1 KB
 * compressed, vitejs/vite#18551) to every page's script, even with preloading
 * off; the bundler's own emitted chunk costs nothing until it is loaded.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'lazy-module:';
const RESOLVED = `\0${PREFIX}`;

export function lazyModule(): Plugin {
  let serving = false;
  return {
    name: 'lazy-module',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id, importer) {
      if (!id.startsWith(PREFIX) || !importer) return undefined;
      return RESOLVED + resolve(dirname(importer), id.slice(PREFIX.length));
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const file = id.slice(RESOLVED.length);
      // The dev server compiles the module on request.
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
