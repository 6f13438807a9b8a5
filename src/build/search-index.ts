/**
 * The search index of a build, written once Astro has ended: from the records
 * the notices worker published (/notices.json), each shard whose notices
 * changed is indexed again. After Astro, not beside it: Pagefind's memory
 * then never adds to Astro's (ARCHITECTURE.md, the mechanisms).
 */
import { headlineRecord, searchRecord } from '../formats/search-record.ts';
import { planHeadlines, planShards, type Shard } from '../search/shards.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import { readNoticeList } from './data-files.ts';
import { join } from 'node:path';
import { traditionalRecord } from '../formats/traditional.ts';
import { HANT_PREFIX } from '../notice/urls.ts';
import type { BuildState } from './state.ts';

export interface SearchWork {
  /** The output folder, holding the notice list this build wrote. */
  outDir: string;
  /** Every valid notice's digest: what the shards are planned from. */
  notices: BuildState['notices'];
  /** The last build's shards, when this build keeps its output: those unchanged are kept. */
  previous?: BuildState['shards'] | undefined;
}

export interface SearchDone {
  shards: BuildState['shards'];
  /** Notices indexed, and shards left as they were. */
  indexed: number;
  reused: number;
}

export async function indexNotices({ outDir, notices, previous }: SearchWork): Promise<SearchDone> {
  const records = readNoticeList(outDir);
  const recordOf = (id: string) => {
    const record = records.get(id);
    if (!record) throw new Error(`/notices.json 中没有公告 ${id}：数据文件没有全部写入`);
    return record;
  };
  const headlines = new Map(Object.keys(notices).map((id) => [id, headlineRecord(id, recordOf(id))]));
  const shards = [
    ...planShards(notices),
    planHeadlines(Object.fromEntries([...headlines].map(([id, record]) => [id, JSON.stringify(record)]))),
  ];
  const recordFor = (id: string, holds: Shard['holds']) =>
    holds === 'record' ? searchRecord(id, recordOf(id)) : headlines.get(id)!;
  const search = await writeSearchIndex(outDir, shards, recordFor, previous);
  // The Traditional site's index, of the same shards: its words and its results in Traditional characters.
  await writeSearchIndex(
    join(outDir, HANT_PREFIX),
    shards,
    (id, holds) => traditionalRecord(recordFor(id, holds)),
    previous,
  );
  return {
    shards: Object.fromEntries(shards.map((shard) => [shard.name, shard.key])),
    indexed: search.indexed,
    reused: search.reused,
  };
}
