import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSite, readSiteFile, SiteFileError } from '../../../src/content/site-file.ts';
import { placeholder } from '../../../src/notice/placeholder.ts';
import { publicSecurityUrl } from '../../../src/schemas/site.ts';

const FIXTURE = 'tests/fixtures/site/site.yaml';

/** The fixture's YAML with `replace` applied, checked as site.yaml. */
function problems(replace: (yaml: string) => string): string[] {
  const source = replace(
    [
      'publisher: 中共凤溪市纪律检查委员会',
      'siteCode: "9999000017"',
      'icp: 凤ICP备20260417号-2',
      'publicSecurity:',
      '  number: 凤公网安备 99990202000417号',
      '  code: "99990202000417"',
    ].join('\n'),
  );
  return checkSite(source, 'content/site.yaml').problems.map((p) => `${p.field}: ${p.message}`);
}

describe('the site identity file', () => {
  test('reads the fixture whole, and links the public-security number by its digits', () => {
    const site = readSiteFile(FIXTURE);
    expect(site).toEqual({
      publisher: '中共凤溪市纪律检查委员会',
      siteCode: '9999000017',
      icp: '凤ICP备20260417号-2',
      publicSecurity: { number: '凤公网安备 99990202000417号', code: '99990202000417' },
      errorReport: 'zhaocuo@fengxi-jw.example',
      badge: { image: 'badge-test.png', link: 'https://bszs.conac.example/sitename?method=show&id=TEST0417' },
      afterPeriod: [
        { name: '纪检监察举报电话', phone: '0799-12388' },
        { name: '凤溪市纪委监委举报网站', url: 'https://jb.fengxi-jw.example/' },
      ],
    });
    expect(publicSecurityUrl(site!)).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=99990202000417');
  });

  test('is absent, not invented, when there is no file', () => {
    expect(readSiteFile(join(tmpdir(), 'no-such-site.yaml'))).toBeUndefined();
  });

  test('refuses a site code that is not ten letters or digits, naming the value', () => {
    expect(problems((y) => y.replace('"9999000017"', '"99990017"'))).toEqual([
      'siteCode: 收到 "99990017"，应为 10 位字母或数字的网站标识码，如 "1307000001"',
    ]);
  });

  test('refuses an ICP number without 号 and a public-security code that differs from its number', () => {
    expect(
      problems((y) => y.replace('号-2', '-2').replace('code: "99990202000417"', 'code: "99990202000418"')),
    ).toEqual([
      'icp: 收到 "凤ICP备20260417-2"，应为 ICP 备案号，如 "冀ICP备12345678号-1"',
      'publicSecurity.code: 收到 "99990202000418"，应与公安备案号中的数字 99990202000417 相同',
    ]);
  });

  test('refuses an error-report address that is not an e-mail address', () => {
    expect(problems((y) => `${y}\nerrorReport: zhaocuo.fengxi-jw.example`)).toEqual([
      'errorReport: 收到 "zhaocuo.fengxi-jw.example"，应为有效的电子邮箱地址，如 "hbswxsz09@hebei.gov.cn"',
    ]);
  });

  test('refuses a missing publisher, an unknown field and a placeholder', () => {
    const found = problems((y) => y.replace('publisher: 中共凤溪市纪律检查委员会', 'logo: x\nsiteCode2: y'));
    expect(found.some((line) => line.startsWith('publisher: 缺少必填字段'))).toBe(true);
    expect(found.some((line) => line.includes('不认识的字段 "logo"、"siteCode2"'))).toBe(true);
    const unfilled = placeholder('主办单位');
    expect(problems((y) => y.replace('中共凤溪市纪律检查委员会', unfilled))).toHaveLength(1);
    expect(problems((y) => y.replace('中共凤溪市纪律检查委员会', unfilled))[0]).toMatch(/^publisher: /);
  });

  test('names the file and every problem when the build reads a wrong file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    const path = join(dir, 'site.yaml');
    writeFileSync(path, 'publisher: 某某\nsiteCode: 12\n');
    expect(() => readSiteFile(path)).toThrow(SiteFileError);
    expect(() => readSiteFile(path)).toThrow(
      `${path}  siteCode：收到数字 12，应为 10 位字母或数字的网站标识码`,
    );
    writeFileSync(path, 'publisher: [\n');
    expect(() => readSiteFile(path)).toThrow(/YAML 格式有误/);
  });

  test('refuses a badge whose image is missing, or not a file name beside site.yaml', () => {
    const folder = mkdtempSync(join(tmpdir(), 'site-'));
    const file = join(folder, 'site.yaml');
    const yaml = readFileSync(FIXTURE, 'utf8');
    expect(checkSite(yaml, file).problems).toEqual([
      {
        file,
        field: 'badge.image',
        message: `找不到标识图片 ${join(folder, 'badge-test.png')}：应把登记机关发放的标识图片放在 ${file} 旁边`,
      },
    ]);
    writeFileSync(join(folder, 'badge-test.png'), readFileSync('tests/fixtures/site/badge-test.png'));
    expect(checkSite(yaml, file).problems).toEqual([]);
    expect(
      checkSite(yaml.replace('image: badge-test.png', 'image: ../badge-test.png'), file).problems.map(
        (problem) => `${problem.field}: ${problem.message}`,
      ),
    ).toEqual([
      'badge.image: 收到 "../badge-test.png"，应为标识图片的文件名，放在 site.yaml 旁边，如 "dzjg.png"（PNG、JPEG、GIF 或 SVG）',
    ]);
  });

  test('takes the numbers and sites for after a period, each with a number or an address', () => {
    const after = (lines: string) => problems((y) => `${y}\nafterPeriod:\n${lines}`);
    expect(after('  - { name: 纪检监察举报电话, phone: "12388" }')).toEqual([]);
    expect(after('  - { name: 纪检监察举报电话 }')).toEqual([
      'afterPeriod.0: "纪检监察举报电话" 既没有电话也没有网址：应至少写 phone 或 url 之一',
    ]);
    expect(after('  - { name: 举报电话, phone: "1238" }')).toEqual([
      'afterPeriod.0.phone: 收到 "1238"，应为举报电话，如 "12388"、"0313-12388" 或 "0313-2568718"',
    ]);
    expect(after('  - { name: 举报网站, url: www.12388.example }')[0]).toMatch(
      /^afterPeriod\.0\.url: 收到 "www\.12388\.example"/,
    );
  });
});
