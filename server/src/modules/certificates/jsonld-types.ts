/** What a jsonld.js document loader returns for a URL. */
export interface JsonLdRemoteDocument {
  contextUrl: string | null;
  documentUrl: string;
  document: unknown;
}

/** A jsonld.js document loader. */
export type JsonLdDocumentLoader = (url: string) => Promise<JsonLdRemoteDocument>;
