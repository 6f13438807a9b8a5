import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';

/**
 * The test archive is built with the invented identity of tests/fixtures/site/site.yaml
 * (npm run build:archive sets SITE_FILE): every page shows it in the footer with both
 * registration links, and carries the government sites' meta tags.
 */
const site = load(readFileSync('tests/fixtures/site/site.yaml', 'utf8')) as {
  publisher: string;
  siteCode: string;
  icp: string;
  publicSecurity: { number: string; code: string };
  errorReport: string;
  badge: { image: string; link: string };
};

const PAGES = ['/', '/notices/2018-hebei-9-zhangjiakou/', '/teams/', '/units/', '/search/', '/no-such-page/'];

for (const path of PAGES) {
  test(`${path} shows the publisher, the site code, both registration links and where to report an error in its footer`, async ({
    page,
  }) => {
    await page.goto(path);
    const footer = page.locator('footer.site-footer');
    await expect(footer).toContainText(`主办单位：${site.publisher}`);
    await expect(footer).toContainText(`网站标识码：${site.siteCode}`);
    await expect(footer.getByRole('link', { name: site.icp })).toHaveAttribute(
      'href',
      'https://beian.miit.gov.cn/',
    );
    await expect(footer.getByRole('link', { name: site.publicSecurity.number })).toHaveAttribute(
      'href',
      `https://beian.mps.gov.cn/#/query/webSearch?code=${site.publicSecurity.code}`,
    );
    await expect(footer.getByRole('link', { name: site.errorReport })).toHaveAttribute(
      'href',
      `mailto:${site.errorReport}`,
    );
    await expect(footer).toContainText('我为网站找错');
    // The badge the office supplied, at its own size, linking where the authority said.
    const badge = footer.getByRole('link', { name: '党政机关网站标识' });
    await expect(badge).toHaveAttribute('href', site.badge.link);
    const image = badge.locator('img');
    await expect(image).toHaveAttribute('src', '/site-badge.png');
    await expect(image).toHaveAttribute('width', '55');
    await expect(image).toHaveAttribute('height', '67');
    // Lazy: it loads once the footer is on screen.
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(55);
    await expect(page.locator('meta[name="SiteIDCode"]')).toHaveAttribute('content', site.siteCode);
    await expect(page.locator('meta[name="SiteName"]')).toHaveAttribute('content', '巡视巡察公告');
    await expect(page.locator('meta[name="SiteDomain"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', /\S/);
  });
}

test('a notice page names its column, its title and its day in the meta tags; a list page has no article tags', async ({
  page,
}) => {
  await page.goto('/notices/2018-hebei-9-zhangjiakou/');
  await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', '巡视巡察公告');
  await expect(page.locator('meta[name="ArticleTitle"]')).toHaveAttribute(
    'content',
    '省委第九巡视组巡视张家口市工作动员会召开',
  );
  await expect(page.locator('meta[name="PubDate"]')).toHaveAttribute('content', '2018-07-21');
  await page.goto('/teams/');
  await expect(page.locator('meta[name="ColumnName"]')).toHaveAttribute('content', '巡视组');
  await expect(page.locator('meta[name="ArticleTitle"]')).toHaveCount(0);
});

test('with the office’s address for errors, the accessibility statement and how to report name it', async ({
  page,
}) => {
  await page.goto('/accessibility/');
  await expect(
    page.getByRole('region', { name: '反映使用障碍' }).getByRole('link', { name: site.errorReport }),
  ).toHaveAttribute('href', `mailto:${site.errorReport}?subject=${encodeURIComponent('无障碍问题')}`);
  await page.goto('/how-to-report/');
  await expect(
    page.getByRole('region', { name: '如何核对号码' }).getByRole('link', { name: site.errorReport }),
  ).toHaveAttribute('href', `mailto:${site.errorReport}`);
});

test('the badge is published byte for byte from the file beside site.yaml, as an image', async ({
  request,
}) => {
  const response = await request.get('/site-badge.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(Buffer.compare(await response.body(), readFileSync('tests/fixtures/site/badge-test.png'))).toBe(0);
});
