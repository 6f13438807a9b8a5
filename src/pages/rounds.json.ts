import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rounds, roundsJson } from '../formats/rounds.ts';

/** /rounds.json: every round's overview table as open data. */
export const GET: APIRoute = async ({ site }) =>
  new Response(roundsJson(rounds(await getCollection('notices')), site ?? ''), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
