import { mkdtempSync, writeFileSync } from 'node:fs';
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
    const found = problems((y) => y.replace('publisher: 中共凤溪市纪律检查委员会', 'badge: x\nsiteCode2: y'));
    expect(found.some((line) => line.startsWith('publisher: 缺少必填字段'))).toBe(true);
    expect(found.some((line) => line.includes('不认识的字段 "badge"、"siteCode2"'))).toBe(true);
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
});
