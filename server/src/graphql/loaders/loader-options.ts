/**
 * Loaders batch, they do not memoize: a subscription keeps its context for hours, and a cached
 * count would be served stale to every later event. Batching alone bounds the queries of a
 * response (one per loader per level of the query), which is what the loaders are for.
 */
export const LOADER_OPTIONS = { cache: false } as const;
