import { describe, expect, test } from 'vitest';
import { fromMdxBody, mdxHazards, toMdxBody } from '../../../src/content/mdx-text.ts';

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

  test('escaped text has no MDX hazards', () => {
    expect(mdxHazards(toMdxBody('import x\n{a}<b>'))).toEqual([]);
    expect(mdxHazards('import x\n\n{a} <b>')).toEqual([
      '第 1 行以 import 开头，MDX 会把它当作代码',
      '第 3 行有未转义的 "{"，MDX 会把它当作代码，应写作 "\\{"',
    ]);
  });
});
