import { itemDocuments } from './domain/catalogue/search-documents.ts';
import { exhibitorDocuments } from './domain/expo/search-documents.ts';
import { sessionDocuments } from './domain/programme/search-documents.ts';
import { provinceDocuments } from './domain/provinces/search-documents.ts';
import type { DocumentSource } from './domain/search/index-documents.ts';
import { speakerDocuments } from './domain/summit/search-documents.ts';

/** Everything search finds, as each capability lists it: for the seed and for rebuilding the index. */
export const DOCUMENT_SOURCES: readonly DocumentSource[] = [
  itemDocuments,
  provinceDocuments,
  exhibitorDocuments,
  sessionDocuments,
  speakerDocuments,
];
