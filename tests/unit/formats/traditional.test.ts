import { describe, expect, test } from 'vitest';
import { hantPath } from '../../../src/notice/urls.ts';
import {
  toTraditional,
  traditionalFeed,
  traditionalPage,
  traditionalRecord,
} from '../../../src/formats/traditional.ts';

const SITE = 'https://notices.example.gov.cn';

describe('text in Traditional characters', () => {
  test('converts characters, with OpenCC’s phrases for those that split, in Hong Kong forms', () => {
    expect(toTraditional('河北省委第九巡视组巡视张家口市')).toBe('河北省委第九巡視組巡視張家口市');
    expect(toTraditional('反映问题的来信来电来访')).toBe('反映問題的來信來電來訪');
    // 干 is 幹 in 干部 and 乾 in 干净; 后 is 後 in 以后.
    expect(toTraditional('领导干部')).toBe('領導幹部');
    expect(toTraditional('以后')).toBe('以後');
  });

  test('keeps the notice’s own words: no regional vocabulary in place of them', () => {
    expect(toTraditional('只接收短信')).toBe('只接收短信');
  });

  test('leaves numbers, e-mail addresses and URLs as they are', () => {
    const values =
      '0313-2568718 18830681009 075000 hbswxsz09@hebei.gov.cn https://jw.example.cn/xs/2018/0721.html 8:00';
    expect(toTraditional(values)).toBe(values);
  });
});

const page = `<!doctype html><html lang="zh-CN"><head>
<link rel="canonical" href="${SITE}/notices/a/">
<link rel="alternate" hreflang="zh-Hant" href="${SITE}/zh-hant/notices/a/">
<link rel="alternate" type="application/rss+xml" title="巡视巡察公告" href="/rss.xml">
<meta property="og:locale" content="zh_CN"><meta property="og:url" content="${SITE}/notices/a/">
</head><body>
<a class="target" href="/zh-hant/notices/a/" lang="zh-Hant" data-lang-switch>繁體</a>
<a href="/teams/%E6%B2%B3%E5%8C%97/">河北省委第九巡视组的全部公告</a>
<a href="/search/?q=%E5%BC%A0">搜索</a><a href="/#y2018">2018年</a>
<a href="/notices/a.vcf">保存为手机联系人</a><a href="/notices/a.json">数据</a><img src="/notices/a.svg" alt="二维码">
<a href="https://jw.example.cn/xs/">原文</a><a href="tel:+863132568718">0313-2568718</a>
<notice-search data-index="/pagefind/"></notice-search>
<script type="module">const speech="/_astro/read-aloud-speech.abc.js";</script>
</body></html>`;

describe('a page of the Traditional site', () => {
  const hant = traditionalPage(page, SITE);

  test('says its language, and its canonical address is its own', () => {
    expect(hant).toContain('<html lang="zh-Hant">');
    expect(hant).toContain(`<link rel="canonical" href="${SITE}/zh-hant/notices/a/">`);
    expect(hant).toContain(`<meta property="og:url" content="${SITE}/zh-hant/notices/a/">`);
    expect(hant).toContain('content="zh_HK"');
  });

  test('names its Simplified twin as its alternate, which names it', () => {
    expect(page).toContain(`hreflang="zh-Hant" href="${SITE}/zh-hant/notices/a/"`);
    expect(hant).toContain(`<link rel="alternate" hreflang="zh-Hans" href="${SITE}/notices/a/">`);
    expect(hant).not.toContain('hreflang="zh-Hant"');
  });

  test('its pages’ links stay on the Traditional site; files, other sites and phones do not move', () => {
    for (const path of [
      '/zh-hant/teams/%E6%B2%B3%E5%8C%97/',
      '/zh-hant/search/?q=%E5%BC%A0',
      '/zh-hant/#y2018',
      '/zh-hant/rss.xml',
    ])
      expect(hant).toContain(`href="${path}"`);
    for (const unchanged of [
      'href="/notices/a.vcf"',
      'href="/notices/a.json"',
      'src="/notices/a.svg"',
      'href="https://jw.example.cn/xs/"',
      'href="tel:+863132568718"',
    ])
      expect(hant).toContain(unchanged);
  });

  test('its search reads the Traditional index, and its script loads the Traditional module', () => {
    expect(hant).toContain('data-index="/zh-hant/pagefind/"');
    expect(hant).toContain('"/zh-hant/_astro/read-aloud-speech.abc.js"');
  });

  test('its switch leads back to the Simplified page, in Simplified characters', () => {
    expect(hant).toContain('<a class="target" href="/notices/a/" lang="zh-CN" data-lang-switch>简体</a>');
  });

  test('its words are in Traditional characters', () => {
    expect(hant).toContain('河北省委第九巡視組的全部公告');
    expect(hant).toContain('title="巡視巡察公告"');
    expect(hant).toContain('alt="二維碼"');
  });
});

test('the Traditional feed is in Traditional characters and links the Traditional pages', () => {
  const feed = `<rss><channel><title>巡视巡察公告</title><link>${SITE}/</link><language>zh-CN</language><item><title>动员会召开</title><link>${SITE}/notices/a/</link><guid isPermaLink="true">${SITE}/notices/a/</guid></item></channel></rss>`;
  const hant = traditionalFeed(feed, SITE);
  expect(hant).toContain('<title>動員會召開</title>');
  expect(hant).toContain(`<link>${SITE}/zh-hant/notices/a/</link>`);
  expect(hant).toContain(`<guid isPermaLink="true">${SITE}/zh-hant/notices/a/</guid>`);
  expect(hant).toContain('<language>zh-Hant</language>');
});

test('a search record of the Traditional index finds and shows Traditional words (Pagefind puts /zh-hant/ before its address)', () => {
  const record = traditionalRecord({
    url: '/notices/a/',
    content: '值班\u200b电话\u200b：\u200b0313-2568718',
    language: 'zh-cn',
    meta: { title: '巡视组进驻' },
    filters: { detail: ['张家口市'] },
  });
  expect(record).toEqual({
    url: '/notices/a/',
    content: '值班\u200b電話\u200b：\u200b0313-2568718',
    language: 'zh-cn',
    meta: { title: '巡視組進駐' },
    filters: { detail: ['張家口市'] },
  });
});

test('a page’s Traditional twin has the same path after /zh-hant; the not-found page’s is the home page', () => {
  expect(hantPath('/notices/a/')).toBe('/zh-hant/notices/a/');
  expect(hantPath('/')).toBe('/zh-hant/');
  expect(hantPath('/404/')).toBe('/zh-hant/');
});
