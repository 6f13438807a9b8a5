/**
 * The 党政机关网站 badge the registration authority issued, published from
 * the file beside content/site.yaml: no such page without it.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { badgePaths } from '../routing.ts';

export const getStaticPaths = badgePaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
