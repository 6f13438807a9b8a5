import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browsers cannot be downloaded on our machines, so the tests drive the
 * system Chromium (Debian's `chromium`). CHROMIUM_PATH points elsewhere;
 * with neither, Playwright's own browser is used where one is installed.
 */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

const PORT = 4322;
/** The test archive: a few hundred generated notices and the real one (npm run build:archive). */
const ARCHIVE_PORT = 4323;

const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // The closed network refuses Chromium's background connections.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Reference images (printed pages) sit beside the tests, one folder per spec file.
  snapshotPathTemplate: '{testDir}/__snapshots__/{testFilePath}/{arg}{ext}',
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /archive\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'archive',
      testMatch: /archive\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${ARCHIVE_PORT}` },
    },
  ],
  // Tests run against the production build, as readers get it.
  webServer: [
    {
      command: `npm run preview -- --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run preview -- --port ${ARCHIVE_PORT} --root .archive/dist`,
      url: `http://127.0.0.1:${ARCHIVE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
