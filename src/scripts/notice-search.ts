/**
 * The behaviour of <notice-search> (src/pages/search.astro): asks Pagefind,
 * loaded on this page only, and shows the results ten at a time. A query
 * that reads like a headline is asked of the headlines' index first, which
 * costs a reader a fraction of the shards of every notice's record; when no
 * headline has its words, or when the reader asks, the records answer.
 * Searching again does not reload the page; the address keeps the query.
 */
import { readsLikeHeadline, searchAddress, searchRequest } from './search-query.ts';

/** Pagefind's browser API, as much of it as this page uses. */
interface PagefindModule {
  createInstance(options: { basePath: string }): Pagefind;
}
interface Pagefind {
  mergeIndex(path: string): Promise<void>;
  search(query: string): Promise<{ results: Result[] }>;
}
interface Result {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: { title?: string };
    filters?: { title?: string[]; detail?: string[] };
  }>;
}

/** Results shown at a time: a reader on a phone pays for each one's excerpt. */
const PAGE = 10;

let module: Promise<PagefindModule> | undefined;
/** A Pagefind over the index folders, made once each, all from one copy of Pagefind's script. */
const instances = new Map<string, Promise<Pagefind>>();

/** The index's folder: /pagefind/, or the Traditional site's /zh-hant/pagefind/ (the page says which). */
function indexRoot(): string {
  return document.querySelector<HTMLElement>('notice-search')?.dataset['index'] ?? '/pagefind/';
}

function pagefindOf(folders: readonly string[], script: string): Promise<Pagefind> {
  const key = folders.join(' ');
  const root = indexRoot();
  let instance = instances.get(key);
  if (!instance) {
    // The address is computed on purpose: Astro 7 leaves Vite's preload wrapper unresolved around
    // a literal external import (withastro/astro#17265).
    module ??= import(/* @vite-ignore */ new URL(`${root}${script}/pagefind.js`, location.href).href);
    const [first, ...others] = folders;
    instance = module.then(async (pagefind) => {
      const made = pagefind.createInstance({ basePath: `${root}${first}/` });
      // Results from all shards come back as one list, ranked together.
      for (const other of others) await made.mergeIndex(`${root}${other}/`);
      return made;
    });
    instance.catch(() => {
      instances.delete(key);
      module = undefined;
    });
    instances.set(key, instance);
  }
  return instance;
}

/** A result: its headline, linked, and Pagefind's excerpt, or for a headline's match the team and the period. */
function entry(item: Awaited<ReturnType<Result['data']>>, inHeadlines: boolean): HTMLLIElement {
  const entry = document.createElement('li');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = (inHeadlines ? item.filters?.title?.[0] : item.meta.title) ?? item.url;
  const excerpt = document.createElement('p');
  // The excerpt of a headline would be the headline again (src/formats/search-record.ts).
  if (inHeadlines) excerpt.textContent = item.filters?.detail?.[0] ?? '';
  // Pagefind's excerpt is our own notice's text, escaped, with <mark> around the matches.
  else excerpt.innerHTML = item.excerpt;
  entry.append(link, excerpt);
  return entry;
}

class NoticeSearch extends HTMLElement {
  /** Counts searches, so that a slow one's results never land under a newer one's. */
  private current = 0;

  connectedCallback() {
    const form = document.querySelector<HTMLFormElement>('form.search-form');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    form?.addEventListener('submit', (event) => {
      const query = input?.value.trim() ?? '';
      if (!query) return;
      event.preventDefault();
      history.pushState(null, '', searchAddress(query));
      void this.show();
    });
    // The link to every part of the notices is a search too, without reloading the page.
    this.querySelector('.wider a')?.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', (event.currentTarget as HTMLAnchorElement).href);
      void this.show();
    });
    window.addEventListener('popstate', () => void this.show());
    void this.show();
  }

  /** Shows the results of the search in the page's address. */
  private async show() {
    const { query, everywhere: askedEverywhere } = searchRequest(location.search);
    const input = document.querySelector<HTMLInputElement>('form.search-form input[name="q"]');
    if (input) input.value = query;
    const status = this.querySelector('.status');
    const list = this.querySelector('.results');
    const more = this.querySelector<HTMLButtonElement>('.more');
    const wider = this.querySelector<HTMLElement>('.wider');
    const everywhere = wider?.querySelector('a');
    if (!status || !list || !more || !wider || !everywhere) return;
    const search = ++this.current;
    list.replaceChildren();
    more.hidden = true;
    wider.hidden = true;
    more.onclick = null;
    status.textContent = query ? '正在搜索……' : '';
    if (!query) return;
    try {
      const shards = (this.dataset['shards'] ?? '').split(' ');
      let inHeadlines = !askedEverywhere && readsLikeHeadline(query);
      const [script = ''] = shards;
      let { results } = await (
        await pagefindOf(inHeadlines ? [this.dataset['headlines'] ?? ''] : shards, script)
      ).search(query);
      if (inHeadlines && !results.length) {
        inHeadlines = false;
        ({ results } = await (await pagefindOf(shards, script)).search(query));
      }
      if (search !== this.current) return;
      let shown = 0;
      const say = () => {
        const showing = results.length > shown ? `，显示前 ${shown} 份` : '';
        status.textContent = !results.length
          ? `没有找到与“${query}”有关的公告。可以换个说法，或按巡视组、被巡视单位浏览。`
          : inHeadlines
            ? `找到 ${results.length} 份标题含“${query}”的公告${showing}。`
            : `找到 ${results.length} 份与“${query}”有关的公告${showing}。`;
        more.hidden = shown >= results.length;
      };
      const showNext = async () => {
        const first = shown === 0;
        const next = results.slice(shown, shown + PAGE);
        shown += next.length;
        // The best result's excerpt alone first, so that it shows without sharing the line with the
        // others'; then every other excerpt at once, each result showing, in order, as soon as it
        // and those before it are in.
        const lead = first ? [await next[0]?.data()] : [];
        const rest = next.slice(lead.length).map((result) => result.data());
        for (const data of [...lead, ...rest]) {
          const item = await data;
          if (search !== this.current) return;
          if (item) list.append(entry(item, inHeadlines));
        }
        say();
      };
      more.onclick = () => void showNext();
      if (inHeadlines) {
        everywhere.href = searchAddress(query, true);
        wider.hidden = false;
      }
      await showNext();
    } catch {
      if (search === this.current)
        status.textContent = '搜索暂时无法使用，请稍后再试，或按巡视组、被巡视单位浏览。';
    }
  }
}

customElements.define('notice-search', NoticeSearch);
