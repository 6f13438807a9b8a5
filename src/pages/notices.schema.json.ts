import type { APIRoute } from 'astro';
import { recordJsonSchema } from '../lib/openData.ts';

export const GET: APIRoute = ({ site }) => Response.json(recordJsonSchema(site ?? ''));
