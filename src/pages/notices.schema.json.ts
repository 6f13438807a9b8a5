import type { APIRoute } from 'astro';
import { recordJsonSchema } from '../formats/open-data.ts';

export const GET: APIRoute = ({ site }) => Response.json(recordJsonSchema(site ?? ''));
