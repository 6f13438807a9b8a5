// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  // Pages link with trailing slashes; the preview server and static hosts agree.
  trailingSlash: 'always',
  server: { port: 4321, host: '127.0.0.1' },
  // No telemetry pings or update checks from a build: the notices' machines
  // may have no route to the internet.
  devToolbar: { enabled: false },
});
