import { expect, test } from 'vitest';
import { HEADLINES, planHeadlines, planShards, SHARD_LIMIT, shardNames } from '../../../src/search/shards.ts';

const archive = (count: number, digest = 'd') =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`n${String(i).padStart(5, '0')}`, digest]));

test('an archive of up to the limit has one search index; a larger one as few as keep each under it', () => {
  expect(shardNames(1)).toEqual(['0']);
  expect(shardNames(SHARD_LIMIT)).toEqual(['0']);
  expect(shardNames(SHARD_LIMIT + 1)).toEqual(['0', '1']);
  const shards = planShards(archive(10_001));
  expect(shards).toHaveLength(Math.ceil(10_001 / SHARD_LIMIT));
  for (const shard of shards) {
    expect(shard.ids.length).toBeLessThanOrEqual(SHARD_LIMIT);
    expect(shard.ids.length).toBeGreaterThan((10_001 / shards.length) * 0.9);
  }
  expect(shards.flatMap((shard) => shard.ids).sort()).toEqual(Object.keys(archive(10_001)));
});

test('a notice is in the same shard whatever the others, so an edit or an addition changes one shard only', () => {
  const notices = archive(9_000);
  const before = planShards(notices);
  const shardOf = (id: string, shards = before) => shards.find((shard) => shard.ids.includes(id))!.name;
  const edited = planShards({ ...notices, n00042: 'e' });
  expect(edited.map((shard, i) => shard.key === before[i]!.key)).toEqual(
    before.map((shard) => shard.name !== shardOf('n00042')),
  );
  const added = planShards({ ...notices, 'a-new-one': 'd' });
  expect(added.filter((shard, i) => shard.key !== before[i]!.key)).toHaveLength(1);
  for (const id of ['n00001', 'n04500', 'n08999']) expect(shardOf(id, added)).toBe(shardOf(id));
});

test("the headlines' index changes when a headline does or a notice comes or goes, not when a notice's other words do", () => {
  const headlines = { a: '省委第一巡视组进驻甲市', b: '市委第二巡察组进驻乙县' };
  const before = planHeadlines(headlines);
  expect(before).toMatchObject({ name: HEADLINES, holds: 'headline', ids: ['a', 'b'] });
  expect(planHeadlines({ b: headlines.b, a: headlines.a }).key).toBe(before.key);
  expect(planHeadlines({ ...headlines, a: '省委第一巡视组进驻丙市' }).key).not.toBe(before.key);
  expect(planHeadlines({ ...headlines, c: '县委第三巡察组进驻丁镇' }).key).not.toBe(before.key);
  expect(planHeadlines({ a: headlines.a }).key).not.toBe(before.key);
  // Its folder is never a shard's.
  expect(shardNames(100_000)).not.toContain(HEADLINES);
});
