/**
 * Cleaning a notice copied from another site back into the text the office
 * published: Simplified characters, full-width Chinese punctuation, no stray
 * spaces, no pinyin annotations and none of the copied page's leftovers.
 * The wording itself is never changed.
 */
import * as OpenCC from 'opencc-js/t2cn';

// Taiwan-standard tables (rather than generic Traditional): they know the
// words where 著 reads zhe and must become 着 (肩负着, 着力, 执着).
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const HAN = '\\p{Script=Han}';
const TONED = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/** A pinyin reading in brackets right after a Han character: 根據(jù). */
const PINYIN_ANNOTATION = new RegExp(`(?<=${HAN})[(（][${TONED}]{1,6}[)）]`, 'gu');

/** Full-width forms of the half-width punctuation a copy leaves behind. */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};

/** Chinese characters and the punctuation that never takes a space beside it. */
const CJK = `${HAN}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026`;
const SPACE_NEXT_TO_CJK = new RegExp(
  `[ \\t\\u00a0\\u3000]+(?=[${CJK}])|(?<=[${CJK}])[ \\t\\u00a0\\u3000]+`,
  'gu',
);

/** Lines that begin the copied page's leftovers; they and all after them are dropped. */
const SCRAP_LINE = /^\s*(相关新闻|相关阅读|相关链接|分享到|责任编辑|【打印】|【关闭】|打印本页|关闭窗口)/u;

/** A line of the copied page's own furniture above the notice: dropped wherever it stands. */
const CHROME_LINE =
  /^\s*(?:(?:无障碍(?:版|浏览)?|长者(?:助手|模式)|适老化|登录|注册|简体|繁体|English)\s*)+$|^\s*(?:首页|当前位置)\s*[>＞›]|^\s*(?:发布时间|发布日期|来源|信息来源)[：:].{0,60}$|^\s*【?字(?:体|号)[：:]/u;

export function removePinyinAnnotations(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '');
}

/** Web and e-mail addresses: their punctuation is theirs, never the sentence's. */
const ADDRESS = /(?:https?:\/\/|www\.)[\x21-\x7e]*[\w/]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Makes ASCII punctuation full-width, except where it belongs to ASCII:
 * 8:00, 1,000, and web and e-mail addresses, which are left whole.
 */
export function fullWidthPunctuation(text: string): string {
  const widen = (part: string) =>
    part.replace(/[,;:()!?]/g, (mark, offset: number) => {
      const between = /\d/.test(part[offset - 1] ?? '') && /\d/.test(part[offset + 1] ?? '');
      if ((mark === ':' || mark === ',') && between) return mark;
      return FULL_WIDTH[mark] ?? mark;
    });
  let result = '';
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    result += widen(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + widen(text.slice(last));
}

/** A full stop typed as "." after Chinese, a bracket or an address, at a line's end or before Chinese: "。". */
export function fullWidthStops(text: string): string {
  return text.replace(new RegExp(`(?<=[${HAN}）”a-z])\\.(?=$|[${HAN}\\s])`, 'gmu'), '。');
}

export function removeStraySpaces(text: string): string {
  return text.replace(SPACE_NEXT_TO_CJK, '');
}

/** Drops the copied page's leftovers ("相关新闻：" and what follows) and blank lines. */
export function dropScraps(text: string): string {
  const lines = text.split(/\r?\n/);
  const scrap = lines.findIndex((line) => SCRAP_LINE.test(line));
  return (scrap === -1 ? lines : lines.slice(0, scrap))
    .filter((line) => !CHROME_LINE.test(line))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A table of contacts as a copy writes it ("| 值班电话 | 0736-7223106 |
 * 工作日8:00-12:00 |") into the lines a notice would write: "值班电话：
 * 0736-7223106（工作日8:00-12:00）". Its header and rule rows go.
 */
export function tableRowsAsLines(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (!/^\s*\|.*\|\s*$/u.test(line)) return [line];
      const cells = line
        .trim()
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      if (cells.every((cell) => /^:?-+:?$/u.test(cell) || cell === '')) return [];
      const [label, value, ...more] = cells;
      if (!label || !value || /^(?:方式|类别|项目|渠道)$/u.test(label)) return [];
      const rest = more.filter(Boolean);
      return [`${label}：${value}${rest.length ? `（${rest.join('，')}）` : ''}。`];
    })
    .join('\n');
}

/** The whole cleaning, paragraph per line. */
export function cleanNotice(raw: string): string {
  const simplified = toSimplified(removePinyinAnnotations(raw.normalize('NFC')));
  return tableRowsAsLines(dropScraps(removeStraySpaces(fullWidthStops(fullWidthPunctuation(simplified)))));
}
