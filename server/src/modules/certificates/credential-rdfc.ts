import crypto from 'node:crypto';
import jsonld from 'jsonld';
import { bundledDocumentLoader } from './jsonld-contexts';
import type { JsonLdDocumentLoader } from './jsonld-types';

/**
 * The `eddsa-rdfc-2022` transformation and hashing (W3C vc-di-eddsa §3.2): the document (without its proof) and the
 * proof configuration (with the document's `@context`) are each canonicalised to N-Quads with RDFC-1.0 (jsonld.js,
 * which uses rdf-canonize), hashed with SHA-256, and concatenated — configuration first. jsonld's safe mode is on, so
 * a term no context defines is an error rather than being silently left out of what is signed. Contexts come from
 * the bundled loader only (no network).
 */

const defaultLoader = bundledDocumentLoader();
const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

/** The RDFC-1.0 canonical N-Quads of a JSON-LD document. */
export async function rdfcCanonicalise(document: object, documentLoader: JsonLdDocumentLoader = defaultLoader): Promise<string> {
  return jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader });
}

/** The bytes an eddsa-rdfc-2022 signature covers: hash(canonical proof configuration) ‖ hash(canonical document). */
export async function rdfcHashData(
  document: { [key: string]: unknown },
  proofConfig: { [key: string]: unknown },
  documentLoader: JsonLdDocumentLoader = defaultLoader,
): Promise<Buffer> {
  const config = { ...proofConfig, '@context': document['@context'] };
  const [canonicalConfig, canonicalDocument] = await Promise.all([rdfcCanonicalise(config, documentLoader), rdfcCanonicalise(document, documentLoader)]);
  return Buffer.concat([sha256(canonicalConfig), sha256(canonicalDocument)]);
}
