import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isPlainText, readBody } from '../../../src/content/mdx-body.ts';
import {
  assetProblems,
  attachmentFile,
  formatBytes,
  publishedFiles,
} from '../../../src/content/notice-assets.ts';
import { checkNotice } from '../../../src/content/notice-file.ts';
import { SEED_NOTICE } from '../../helpers/notices.ts';

const seed = readFileSync(SEED_NOTICE, 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'mdx-body-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, 'notices/2026-a'), { recursive: true });
writeFileSync(join(folder, 'notices/2026-a/photo.jpg'), 'not really a photo');
writeFileSync(join(folder, 'notices/2026-a/list.pdf'), Buffer.alloc(312 * 1024));
writeFileSync(join(folder, 'notices/secret.txt'), 'x');
mkdirSync(join(folder, 'src/components/content'), { recursive: true });
writeFileSync(join(folder, 'src/components/content/Figure.astro'), '');
const NOTICE = join(folder, 'notices/2026-a.mdx');

/** The problems of a notice whose text is the seed's with `text` added, as the check says them. */
function problemsWith(text: string): string[] {
  const { problems } = checkNotice(`${seed}\n${text}\n`, 'notices/2026-a.mdx', { path: NOTICE, root: folder });
  return problems.map((problem) => `${problem.field}：${problem.message}`);
}

const SEED_LINES = seed.split('\n').length;

describe('a text of words only', () => {
  test('is plain: the fast path renders it and nothing parses it', () => {
    expect(isPlainText('巡视组受理来信来电\\{不受理\\}。')).toBe(true);
    expect(readBody('巡视组受理来信来电。')).toEqual({ mdx: false, photos: [], attachments: [], imports: [], problems: [] });
  });

  test('with a link to a web page is still Markdown, not MDX', () => {
    expect(readBody('见[网站](https://www.example.gov.cn/)。')).toMatchObject({ mdx: false, attachments: [] });
  });
});

describe('what a text holds', () => {
  test('photos with their alt text and caption, attachments with their names, in the file’s lines', () => {
    const body = [
      '第一段。',
      '',
      '![会场全景](./2026-a/photo.jpg)',
      '',
      '<Figure caption="动员会现场">',
      '  ![主席台](./2026-a/photo.jpg)',
      '</Figure>',
      '',
      '见<Attachment file="./2026-a/list.pdf">一览表</Attachment>和[附件二](./2026-a/list.pdf)。',
    ].join('\n');
    const content = readBody(body, 10);
    expect(content.mdx).toBe(true);
    expect(content.problems).toEqual([]);
    expect(content.photos).toEqual([
      { src: './2026-a/photo.jpg', alt: '会场全景', caption: undefined, line: 12 },
      { src: './2026-a/photo.jpg', alt: '主席台', caption: '动员会现场', line: 15 },
    ]);
    expect(content.attachments).toEqual([
      { src: './2026-a/list.pdf', title: '一览表', line: 18 },
      { src: './2026-a/list.pdf', title: '附件二', line: 18 },
    ]);
  });

  test('an attachment is told by its type and size, and published under a name that does not change', () => {
    const file = attachmentFile('2026-a', NOTICE, './2026-a/list.pdf');
    expect(file).toMatchObject({ url: '/attachments/2026-a/list.pdf', name: 'list.pdf', type: 'PDF', describe: 'PDF，312 KB' });
    expect([formatBytes(100), formatBytes(1536), formatBytes(3.5 * 1024 * 1024)]).toEqual(['1 KB', '2 KB', '3.5 MB']);
    const { files, attachments } = publishedFiles(
      '2026-a',
      NOTICE,
      readBody('<Attachment file="./2026-a/list.pdf">一览表</Attachment>'),
      'https://notices.example.gov.cn',
    );
    expect(files.attachments).toEqual([
      { title: '一览表', url: 'https://notices.example.gov.cn/attachments/2026-a/list.pdf', type: 'PDF', bytes: 312 * 1024 },
    ]);
    expect(attachments.map((attachment) => attachment.name)).toEqual(['list.pdf']);
  });
});

describe('what the check refuses, with the line and a message in Chinese', () => {
  const line = (n: number) => `正文：第 ${SEED_LINES + n} 行：`;

  test('a photo without alt text', () => {
    expect(problemsWith('![](./2026-a/photo.jpg)')).toEqual([
      `${line(1)}图片 ./2026-a/photo.jpg 没有替代文字；应写作 ![照片内容的描述](./2026-a/photo.jpg)，读屏软件会读出它，图片无法显示时也会显示它`,
    ]);
  });

  test('a missing file, a file outside the notice’s folder, a photo from the web, a format the site does not publish', () => {
    const problems = problemsWith(
      [
        '![照片](./2026-a/missing.jpg)',
        '',
        '[文件](../../etc/passwd)',
        '',
        '![网络图片](https://example.com/a.jpg)',
        '',
        '<Attachment file="./secret.txt">文本</Attachment>',
      ].join('\n'),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(new RegExp(`^${line(1)}图片 ./2026-a/missing.jpg 不存在：找不到 .*missing.jpg$`));
    expect(problems[1]).toMatch(new RegExp(`^${line(3)}附件 ../../etc/passwd 不在公告所在的文件夹`));
    expect(problems[2]).toBe(`${line(5)}图片 https://example.com/a.jpg 不是公告旁的文件；网站只发布与公告一起保存的图片（网络图片不会显示）`);
    expect(problems[3]).toMatch(new RegExp(`^${line(7)}附件 ./secret.txt 的格式 .txt 不能发布`));
  });

  test('an unknown component, an HTML tag, and a component’s wrong or missing attributes', () => {
    expect(
      problemsWith(
        [
          '<Video src="a.mp4" />',
          '',
          '<div>文字</div>',
          '',
          '<Figure>',
          '  ![照片](./2026-a/photo.jpg)',
          '</Figure>',
          '',
          '<Attachment file="./2026-a/list.pdf" size="1" />',
        ].join('\n'),
      ),
    ).toEqual([
      `${line(1)}<Video> 不是可用的组件；可用的组件：<Figure>、<Attachment>（见 README）`,
      `${line(3)}<div> 不是可用的组件（正文中不能直接写 HTML 标签）；可用的组件：<Figure>、<Attachment>（见 README）`,
      `${line(5)}<Figure> 缺少 caption="…"`,
      `${line(9)}<Attachment> 没有属性 size；它的属性：file`,
      `${line(9)}<Attachment> 应写出附件的名称，如 <Attachment file="./2026-a/list.pdf">进驻情况一览表</Attachment>`,
    ]);
  });

  test('an import from outside the project, or of anything but the content components, and any export', () => {
    expect(
      problemsWith(
        [
          "import fs from 'node:fs'",
          "import Figure from '../src/components/content/Figure.astro'",
          "import data from '../secret.txt'",
          '',
          'export const leaked = 1',
        ].join('\n'),
      ),
    ).toEqual([
      `${line(1)}从项目之外导入 "node:fs"；公告只能使用 src/components/content 中说明的组件，且无需导入`,
      `${line(1)}导入的 "../secret.txt" 不是 src/components/content 中的组件；公告只能使用那里说明的组件，且无需导入`,
      `${line(5)}正文不能导出（export）代码；公告正文只能是文字、图片和说明过的组件`,
    ]);
  });

  test('an expression that would run code, or names a field the front-matter lacks; comments, text and fields pass', () => {
    expect(problemsWith("{frontmatter.team.name}{'文字'}{/* 注释 */}{frontmatter.channels[0].numbers[0]}")).toEqual([]);
    expect(problemsWith('{process.exit(1)}\n\n{frontmatter.team.nme}\n\n{frontmatter.period}')).toEqual([
      `${line(1)}表达式 {process.exit(1)} 会作为代码运行；正文中的表达式只能是注释 {/* … */}、带引号的文字 {'…'} 或前置信息中的一项，如 {frontmatter.team.name}`,
      `${line(3)}表达式 {frontmatter.team.nme}：前置信息中没有 team.nme`,
      `${line(5)}表达式 {frontmatter.period}：前置信息的 period 不是一段文字，应指向其中的一项文字`,
    ]);
  });

  test('MDX that does not parse, with where and how to write it as text', () => {
    expect(problemsWith('甲<乙')).toEqual([
      expect.stringMatching(new RegExp(`^${line(1)}第 \\d+ 列MDX 语法有误（.+）；若这里是文字而不是组件或表达式，应在 {、}、<、> 前加反斜杠，如 \\\\<$`)),
    ]);
  });

  test('the files are checked against the notice’s own folder, not the working one', () => {
    const content = readBody('![照片](./2026-a/photo.jpg)');
    expect(assetProblems(content, NOTICE, folder)).toEqual([]);
    expect(assetProblems(content, join(folder, 'elsewhere.mdx'), folder)).toHaveLength(1);
  });
});
