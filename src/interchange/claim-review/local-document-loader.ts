import { SCHEMA_ORG_CONTEXT_URLS } from './schema-org-reader.js';

/**
 * The part of schema.org's JSON-LD context that ClaimReview documents use: schema.org as the
 * vocabulary, `schema:` as its prefix, `id`/`type` as keyword aliases, and the properties
 * schema.org types as IRIs (`url`, `sameAs`) typed `@id`, as its published context does.
 */
const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'http://schema.org/',
    schema: 'http://schema.org/',
    id: '@id',
    type: '@type',
    url: { '@id': 'schema:url', '@type': '@id' },
    sameAs: { '@id': 'schema:sameAs', '@type': '@id' },
  },
};

/**
 * A jsonld.js document loader that never touches the network: schema.org's context URLs
 * (every spelling in SCHEMA_ORG_CONTEXT_URLS) load the context shipped here, and any other URL
 * is refused with an error naming it. Pass it as `documentLoader` to jsonld.expand and friends.
 */
export async function localDocumentLoader(url: string): Promise<{ contextUrl?: string; documentUrl: string; document: Record<string, unknown> }> {
  if (SCHEMA_ORG_CONTEXT_URLS.includes(url)) return { documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  throw new Error(`no local copy of ${url}: claimgraph loads no JSON-LD document from the network`);
}
