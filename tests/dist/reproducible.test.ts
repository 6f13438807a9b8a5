import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { builtFiles } from './helpers.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A clean build (its own cache) in the given time zone; a sha256 for every file it writes. */
function cleanBuild(timeZone: string): Map<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'reproducible-'));
  folders.push(folder);
  const out = join(folder, 'dist');
  const result = spawnSync(process.execPath, ['src/cli/build.ts', '--outDir', out], {
    env: {
      ...process.env,
      TZ: timeZone,
      ASTRO_CACHE_DIR: join(folder, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return new Map(
    builtFiles(out).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(out, file)))
        .digest('hex'),
    ]),
  );
}

test('two clean builds, in Los Angeles and in Shanghai time, are byte-identical', () => {
  const losAngeles = cleanBuild('America/Los_Angeles');
  const shanghai = cleanBuild('Asia/Shanghai');
  expect(losAngeles.size).toBeGreaterThan(20);
  expect([...shanghai.keys()]).toEqual([...losAngeles.keys()]);
  const differing = [...losAngeles]
    .filter(([file, hash]) => shanghai.get(file) !== hash)
    .map(([file]) => file);
  expect(differing).toEqual([]);
});
