import { expect, test, type Page } from '@playwright/test';

const NOTICE = '/notices/2018-hebei-9-zhangjiakou/';

interface Spoken {
  text: string;
  lang: string;
}

/**
 * Replaces the browser's speech synthesis with a recorder before the page
 * loads: headless Chromium has no voice, and a test must hear what is said.
 * Each utterance "ends" at once, as a real one does when it has been spoken.
 */
async function recordSpeech(page: Page) {
  await page.addInitScript(() => {
    const log: { spoken: Spoken[]; calls: string[] } = { spoken: [], calls: [] };
    (window as unknown as { speech: typeof log }).speech = log;
    class Utterance {
      lang = '';
      rate = 1;
      voice: unknown = null;
      onend: (() => void) | null = null;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    let queue: Utterance[] = [];
    const synthesis = {
      speak(utterance: Utterance) {
        log.spoken.push({ text: utterance.text, lang: utterance.lang });
        queue.push(utterance);
      },
      pause: () => log.calls.push('pause'),
      resume: () => log.calls.push('resume'),
      cancel: () => {
        log.calls.push('cancel');
        queue = [];
      },
      getVoices: () => [],
      /** Ends every queued utterance, as the voice reaching the end would. */
      finish: () => {
        for (const utterance of queue.splice(0)) utterance.onend?.();
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { spoken: Spoken[] } }).speech.spoken);
const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { speech: { calls: string[] } }).speech.calls);

test('朗读要点 reads the title, the facts and the duty phone digit by digit, in zh-CN', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(NOTICE);
  await page.getByRole('button', { name: '朗读要点' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(3);
  const said = await spoken(page);
  const all = said.map((s) => s.text).join('\n');
  expect(said.every((s) => s.lang === 'zh-CN')).toBe(true);
  expect(said[0]!.text).toContain('巡视');
  // The duty phone as a caller dials it, and the SMS-only mobile.
  expect(all).toContain('0 3 1 3，2 5 6 8 7 1 8');
  expect(all).toContain('1 8 8 3 0 6 8 1 0 0 9');
  expect(all).toContain('2018年7月21日');
  // Not the buttons' words: the listener cannot press them.
  expect(all).not.toContain('复制');
  expect(all).not.toContain('朗读');
  // Not the full text: that is the other button's.
  expect(all).not.toContain('通知全文');
});

test('朗读全文 reads the full text of the notice', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(NOTICE);
  await page.getByRole('button', { name: '朗读全文' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(3);
  const all = (await spoken(page)).map((s) => s.text).join('\n');
  const fullText = await page.locator('#full-text p').first().innerText();
  expect(all).toContain(fullText.replace(/\s+/g, ' ').slice(0, 20));
});

test('the reader can pause, continue and stop, with the keyboard alone', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(NOTICE);
  await page.getByRole('button', { name: '朗读要点' }).focus();
  await page.keyboard.press('Enter');
  const pause = page.getByRole('button', { name: '暂停' });
  await expect(pause).toBeVisible();
  await pause.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '已暂停' })).toHaveCount(1);
  await page.getByRole('button', { name: '继续' }).press('Space');
  await page.getByRole('button', { name: '停止' }).press('Enter');
  expect(await calls(page)).toEqual(['cancel', 'pause', 'resume', 'cancel']);
  await expect(page.getByRole('button', { name: '停止' })).toBeHidden();
  await expect(page.getByRole('button', { name: '朗读要点' })).toBeFocused();
});

test('the pause and stop buttons go once the reading reaches its end', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(NOTICE);
  await page.getByRole('button', { name: '朗读要点' }).click();
  await expect(page.getByRole('button', { name: '停止' })).toBeVisible();
  await page.evaluate(() => (window.speechSynthesis as unknown as { finish(): void }).finish());
  await expect(page.getByRole('button', { name: '停止' })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '朗读结束' })).toHaveCount(1);
});

test('without speech synthesis the control is not shown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await page.goto(NOTICE);
  await expect(page.locator('read-aloud')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印本页' })).toBeVisible();
});
