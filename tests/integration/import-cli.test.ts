import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { SEED_NOTICE } from '../helpers/notices.ts';

/** The command-line tools as people run them, on files in a temporary folder. */
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'import-'));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const importCli = (...args: string[]) => run('src/cli/import.ts', args, { NOTICES_DIR: folder });
const SEED = 'tests/fixtures/seed-zhangjiakou-2018.txt';

describe('npm run import', () => {
  test('writes content/notices/<slug>.mdx and lists what a person must fill in', () => {
    const { status, stderr } = importCli(SEED, '--date', '2018-07-21');
    expect(status).toBe(0);
    expect(readdirSync(folder)).toEqual(['2018-07-21-zhangjiakou.mdx']);
    expect(stderr).toContain('已写入');
    expect(stderr).toContain('team.name：这里还是导入时留下的占位内容');
  });

  test('a release of several teams becomes one notice each, written together or printed one after another', () => {
    const release = 'tests/fixtures/genre/04-three-teams-one-release.txt';
    const printed = importCli(release, '--date', '2025-09-01', '--place', '衡阳市', '--out', '-');
    expect(printed.status).toBe(0);
    const notices = printed.stdout.split(/^(?=---\ntitle:)/m);
    expect(notices).toHaveLength(3);
    expect(notices.map((notice) => /^  name: (.+)$/m.exec(notice)?.[1])).toEqual([
      '衡阳市委第一巡察组',
      '衡阳市委第二巡察组',
      '衡阳市委第三巡察组',
    ]);
    for (const notice of notices) expect(notice).toContain('release: 十一届市委第五轮巡察');
    // Into one file they cannot go; into the notices folder, each its own.
    const one = importCli(
      release,
      '--date',
      '2025-09-01',
      '--place',
      '衡阳市',
      '--out',
      join(folder, 'x.mdx'),
    );
    expect(one.status).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
    const written = importCli(release, '--date', '2025-09-01', '--place', '衡阳市');
    expect(written.status).toBe(0);
    expect(readdirSync(folder).sort()).toHaveLength(3);
    // Again: every one is refused before any is written, and none is touched.
    const before = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
    writeFileSync(join(folder, readdirSync(folder)[1]!), 'edited');
    const again = importCli(release, '--date', '2025-09-01', '--place', '衡阳市');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已经存在，没有覆盖它');
    expect(readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'))).toEqual([
      before[0],
      'edited',
      before[2],
    ]);
  });

  test('prints the notice with --out -', () => {
    const { status, stdout } = importCli(SEED, '--date', '2018-07-21', '--out', '-');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: 省委第九巡视组巡视张家口市工作动员会召开\n/);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('never overwrites an existing notice without --force, and leaves it as it was', () => {
    const target = join(folder, 'notice.mdx');
    writeFileSync(target, 'written by a person');
    const refused = importCli(SEED, '--date', '2018-07-21', '--out', target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('已经存在，没有覆盖它；确要替换请加 --force');
    expect(readFileSync(target, 'utf8')).toBe('written by a person');
    expect(readdirSync(folder)).toEqual(['notice.mdx']);

    const forced = importCli(SEED, '--date', '2018-07-21', '--out', target, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: /);
    expect(readdirSync(folder)).toEqual(['notice.mdx']);
  });

  test.each([
    ['an empty file', '', '文件是空的'],
    ['a binary file', Buffer.from([0, 1, 2, 255, 254, 0, 7]), '这不是文本文件'],
    ['a text that is not a notice', '今天天气晴朗。', '这不像是巡视巡察公告'],
    ['a notice without a year, without --date', '县委第一巡察组巡察期间（3月1日至4月30日）。', '没有写年份'],
  ])('refuses %s with a clear error and writes nothing', (_, content, message) => {
    const input = join(folder, 'input.txt');
    writeFileSync(input, content);
    const { status, stderr } = importCli(input, '--out', join(folder, 'out.mdx'));
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    expect(readdirSync(folder)).toEqual(['input.txt']);
  });

  test('says how to use it when the arguments are wrong', () => {
    expect(importCli().status).toBe(2);
    expect(importCli(SEED, '--dat', '2018').stderr).toContain('用法：npm run import');
  });
});

describe('npm run check:content', () => {
  const check = () => run('src/cli/check-content.ts', [folder]);

  test('passes the published notices', () => {
    const { status, stdout } = run('src/cli/check-content.ts', []);
    expect(status).toBe(0);
    expect(stdout).toMatch(/检查了 \d+ 份公告，没有发现问题/);
  });

  test('reports every problem in every file in one run, with file, field, value and expectation', () => {
    const seed = readFileSync(SEED_NOTICE, 'utf8');
    writeFileSync(
      join(folder, 'a.mdx'),
      seed
        .replace('  end: "2018-09-30"', '  end: "2018-09-31"')
        .replace('postcode: "075000"', 'postcode: 75000'),
    );
    mkdirSync(join(folder, 'more'));
    // The team's name is required (its leader is not, since issue 15): misspelt, it is missing too.
    writeFileSync(
      join(folder, 'more', 'b.mdx'),
      seed.replace('  name: 河北省委第九巡视组', '  nme: 河北省委第九巡视组'),
    );
    copyFileSync(SEED_NOTICE, join(folder, 'c.mdx'));
    writeFileSync(join(folder, 'd.md'), seed);
    const { status, stderr } = check();
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    // Paths are shown relative to where the command runs.
    const file = (name: string) =>
      relative(process.cwd(), join(folder, name)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `${file('a.mdx')}.*period\\.end：收到 "2018-09-31"，应为真实的日期：2018 年 9 月只有 30 天`,
          ),
        ),
        expect.stringMatching(
          new RegExp(`${file('a.mdx')}.*channels\\.1\\.postcode：收到数字 75000，应为带引号的 6 位邮政编码`),
        ),
        expect.stringMatching(new RegExp(`${file('more/b.mdx')}.*team：不认识的字段 "nme"`)),
        expect.stringMatching(new RegExp(`${file('more/b.mdx')}.*team\\.name：缺少必填字段`)),
        expect.stringMatching(new RegExp(`${file('d.md')}.*不是 \\.mdx 文件`)),
      ]),
    );
    expect(stderr).not.toContain('c.mdx');
    expect(lines.at(-1)).toMatch(/检查了 3 份公告：3 个文件共有 5 处问题/);
  });

  test('checks the site identity file beside the notices, naming it and its field', () => {
    copyFileSync(SEED_NOTICE, join(folder, 'c.mdx'));
    // content/site.yaml sits beside the notices' folder, not in it.
    const site = `${folder}-site.yaml`;
    writeFileSync(
      site,
      readFileSync('tests/fixtures/site/site.yaml', 'utf8').replace('"9999000017"', '"12"'),
    );
    const { status, stderr } = run('src/cli/check-content.ts', [folder], { SITE_FILE: site });
    expect(status).toBe(1);
    expect(stderr).toContain(`${site}  siteCode：收到 "12"，应为 10 位字母或数字的网站标识码`);
    writeFileSync(site, readFileSync('tests/fixtures/site/site.yaml', 'utf8'));
    // Its badge is a file beside it: missing, the check names the file it looked for.
    const badge = join(dirname(site), 'badge-test.png');
    rmSync(badge, { force: true });
    const missing = run('src/cli/check-content.ts', [folder], { SITE_FILE: site });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`${site}  badge.image：找不到标识图片 ${badge}`);
    copyFileSync('tests/fixtures/site/badge-test.png', badge);
    expect(run('src/cli/check-content.ts', [folder], { SITE_FILE: site }).status).toBe(0);
    rmSync(badge);
  });

  test('reports broken YAML with its line', () => {
    writeFileSync(join(folder, 'x.mdx'), '---\ntitle: [unclosed\n---\n\n正文。\n');
    const { status, stderr } = check();
    expect(status).toBe(1);
    expect(stderr).toMatch(/x\.mdx {2}第 \d+ 行：前置信息的 YAML 格式有误/);
  });
});
