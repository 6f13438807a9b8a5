import { describe, expect, test } from 'vitest';
import { isPlainText, readBody } from '../../../src/content/mdx-body.ts';
import { fromMdxBody, toMdxBody } from '../../../src/content/mdx-text.ts';

describe('notice text in MDX', () => {
  test('round-trips any text, syntax characters included', () => {
    const samples = [
      '普通的一段话。',
      '{x} <a href="y">z</a> *a* _b_ `c` [d](e) \\ | ~ & ! $ #',
      'import a from "b"\nexport default 1\n# 标题\n- 列表\n+ 也是\n1. 编号\n2) 编号\n= 下划线',
      '&amp; &#105; \\{ 已经转义的 \\}',
    ];
    for (const text of samples) expect(fromMdxBody(toMdxBody(text))).toBe(text);
  });

  test('escaped text is plain text: the fast path renders it, and MDX would show it as written', () => {
    const samples = ['import x\n{a}<b>', '![照片](./a.jpg) [附件](./b.pdf) {frontmatter.title}', 'export const a = 1'];
    for (const text of samples) {
      expect(isPlainText(toMdxBody(text))).toBe(true);
      expect(readBody(toMdxBody(text))).toMatchObject({ mdx: false, problems: [] });
      expect(isPlainText(text)).toBe(false);
    }
  });
});
