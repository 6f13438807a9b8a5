import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { noticeRecord, recordJsonSchema } from '../../../src/formats/open-data.ts';
import { noticeJsonLd } from '../../../src/formats/json-ld.ts';
import { noticeSchema } from '../../../src/schemas/notice.ts';
import { readNotice, SEED_NOTICE } from '../../helpers/notices.ts';

const SITE = 'https://notices.example.gov.cn';
const seed = noticeSchema().parse(readNotice(SEED_NOTICE).data);

describe('the JSON Schema made from the zod schema', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(recordJsonSchema(SITE));

  test('accepts the published record', () => {
    const record = noticeRecord('2018-hebei-9-zhangjiakou', seed, SITE);
    expect(record.url).toBe(`${SITE}/notices/2018-hebei-9-zhangjiakou/`);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  test('refuses what the schema refuses: unknown keys, bad dates, bad numbers', () => {
    const record = noticeRecord('x', seed, SITE);
    expect(validate({ ...record, extra: 1 })).toBe(false);
    expect(validate({ ...record, published: '2018/07/21' })).toBe(false);
    expect(validate({ ...record, channels: [{ type: 'sms', number: '0313-2568718' }] })).toBe(false);
    expect(validate({ ...record, channels: [{ type: 'fax', number: '1' }] })).toBe(false);
  });
});

test('structured data names the team, its phone with hours bound to the period, and the meeting', () => {
  const data = noticeJsonLd('2018-hebei-9-zhangjiakou', seed, SITE);
  const graph = data['@graph'] as Record<string, any>[];
  expect(graph.map((node) => node['@type'])).toEqual([
    'Article',
    'GovernmentOrganization',
    'GovernmentService',
    'Event',
  ]);
  expect(graph[1]?.['contactPoint'][0]['hoursAvailable'][0]).toEqual({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    opens: '08:00',
    closes: '20:00',
    validFrom: '2018-07-21',
    validThrough: '2018-09-30',
  });
});
