/**
 * Which folder may import which (ARCHITECTURE.md, "Imports go one way"),
 * checked by `npm run check:imports` in `npm test`.
 *
 * From the bottom: util/ and notice/ (domain rules, browser-safe), schemas/,
 * then formats/ and content/, then importer/, search/ and build/, and at the
 * top routing.ts, the integrations and the command-line tools; tools/ stands
 * outside what ships. A module imports from its own layer or below; notice/
 * may take types derived from the schemas (`import type`), which never import
 * those modules back.
 *
 * dependency-cruiser has no parser for .astro files, so the pages, layouts and
 * components are not cruised; they reach the build only through src/routing.ts
 * (for their page parts), which is.
 */

/** A rule that modules under `from` import nothing in src/ but what `allowed` matches (type-only imports aside). */
const layer = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: '^src/', pathNot: allowed, dependencyTypesNot: ['type-only'] },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'Imports go one way: no module reaches itself again, but through types only (schema-derived types used below the schemas).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    layer(
      'util-is-a-leaf',
      '^src/util/',
      '^src/util/',
      'util/ holds domain-free helpers that import nothing of ours.',
    ),
    layer(
      'notice-is-the-bottom',
      '^src/notice/',
      '^src/(notice|util)/',
      'notice/ holds the rules the schemas stand on; it imports only types from above.',
    ),
    {
      name: 'notice-is-browser-safe',
      comment: "notice/ runs in the reader's browser (src/scripts/): no zod, no Node, no packages.",
      severity: 'error',
      from: { path: '^src/notice/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'core'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'notice-types-from-schemas-only',
      comment: 'The only types notice/ takes from above are those derived from the schemas.',
      severity: 'error',
      from: { path: '^src/notice/' },
      to: { path: '^src/', pathNot: '^src/(notice|util|schemas)/' },
    },
    layer(
      'schemas-above-notice',
      '^src/schemas/',
      '^src/(notice|util|schemas)/',
      'The schemas use the domain rules, nothing above them.',
    ),
    layer(
      'formats-above-schemas',
      '^src/formats/',
      '^src/(notice|util|schemas|formats)/',
      'A format is made from a notice: notice/, schemas/ and other formats only.',
    ),
    layer(
      'content-above-schemas',
      '^src/content/',
      '^src/(notice|util|schemas|content)/',
      'Reading notice files needs the schemas, not the formats or the build.',
    ),
    layer(
      'importer-above-content',
      '^src/importer/',
      '^src/(notice|util|schemas|content|importer)/',
      'The importer turns text into a notice file and checks it as the build would.',
    ),
    layer(
      'search-above-formats',
      '^src/search/',
      '^src/(notice|util|schemas|formats|search)/',
      "The search index is made from the notices' search records.",
    ),
    layer(
      'build-above-search',
      '^src/build/',
      '^src/(notice|util|schemas|formats|content|search|build)/',
      'The build pipeline uses everything below it, never the pages or the tools.',
    ),
    layer(
      'routing-below-the-pages',
      '^src/routing\\.ts$',
      '^src/(notice|util|schemas|formats|content|search|consts\\.ts|build/(page-parts|env)\\.ts)',
      'What pages are given comes from the content store, and from the build only their page parts.',
    ),
    layer(
      'browser-scripts-use-notice-only',
      '^src/scripts/',
      '^src/(notice|util|scripts)/',
      'The script every page loads stays small: the domain rules, no schema.',
    ),
    layer(
      'consts-import-nothing',
      '^src/consts\\.ts$',
      '^$',
      'Settings read from the environment, imported by anyone.',
    ),
    {
      name: 'tools-stay-outside',
      comment: 'Developer tools (tools/) are not part of what ships: nothing in src/ imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^tools/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every relative import resolves to a file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^\\.' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Astro's virtual modules (astro:content) are resolved by Astro, not on disk.
    exclude: { path: '^astro:' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
