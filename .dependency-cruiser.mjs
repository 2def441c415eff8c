/**
 * The house rules for imports inside src/ (run by `npm run lint`, so by `npm test`):
 * no import cycle, and no import from a layer above. README "Code layout" explains the order.
 *
 * Layers, lowest first. A module may import from its own layer and from the layers below it, never
 * from one above. Within a layer (or a folder), any import is allowed that makes no cycle.
 */
const LAYERS = [
  // The vocabulary every stage shares: the data between stages, the known errors, the findings' codes
  // and sentences, the config's shape, the one rule for showing a title.
  {
    name: 'vocabulary',
    path: '^src/(types|errors|display-title)\\.ts$|^src/config/types\\.ts$|^src/findings/',
  },
  { name: 'config', path: '^src/config/' },
  { name: 'window', path: '^src/window\\.ts$' },
  { name: 'ingest', path: '^src/ingest/' },
  { name: 'tag', path: '^src/tag/' },
  // Ingest and tag of each calendar on its own, in worker threads, merged in reading order.
  { name: 'workers', path: '^src/workers/' },
  { name: 'measure', path: '^src/measure/' },
  { name: 'detect', path: '^src/detect/' },
  { name: 'suggest', path: '^src/suggest/' },
  { name: 'report', path: '^src/report/' },
  { name: 'render', path: '^src/render/' },
  { name: 'export', path: '^src/export/' },
  { name: 'pipeline', path: '^src/(pipeline|calendar-inputs)\\.ts$' },
  { name: 'index', path: '^src/index\\.ts$' },
  { name: 'cli', path: '^src/cli/' },
];

/** A module belongs to the first layer whose pattern it matches (src/config/types.ts: vocabulary). */
function inLayer(i) {
  const earlier = LAYERS.slice(0, i).map((l) => l.path);
  return { path: LAYERS[i].path, ...(earlier.length > 0 ? { pathNot: earlier } : {}) };
}

function upwardRule(layer, i) {
  const above = LAYERS.slice(i + 1);
  const below = LAYERS.slice(0, i).map((l) => l.name);
  return {
    name: `layer-${layer.name}`,
    severity: 'error',
    comment:
      `${layer.name} imports from a layer above it (${above.map((l) => l.name).join(', ')}). ` +
      `${layer.name} may import only from ${below.length > 0 ? below.join(', ') : 'itself'}: ` +
      'move what both need down (README "Code layout"; the order is in .dependency-cruiser.mjs).',
    from: inLayer(i),
    // src/config/types.ts matches config's pattern too, but belongs to the vocabulary below it.
    to: { path: above.map((l) => l.path), pathNot: LAYERS.slice(0, i + 1).map((l) => l.path) },
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'This import closes a cycle (type-only imports count too). Move what both sides need into a ' +
        'module they can both import (README "Code layout").',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-in-a-layer',
      severity: 'error',
      comment:
        'Every module under src/ belongs to a layer: add its path to LAYERS in .dependency-cruiser.mjs ' +
        'and to README "Code layout".',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
    ...LAYERS.slice(0, -1).map(upwardRule),
  ],
  options: {
    includeOnly: '^src/',
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
