import type { DocumentType } from './model.ts';

/** What scoring and the facets read of a document. */
export type DocumentFacts = {
  number: number;
  type: DocumentType;
  id: string;
  kind: 'offer' | 'need' | null;
  countryCode: string | null;
  provinceId: string | null;
  taxonomyCodes: readonly string[];
  hsCodes: readonly string[];
  updatedAtMs: number;
};

/**
 * How many documents' facts one instance keeps: all of them at 100,000 documents, in about 30 MB
 * (the codes are shared between documents, only the id is each one's own).
 */
const CAPACITY = 250_000;

/**
 * The facts of documents by number, kept between searches. A number names one version of one
 * document for good: a rewritten document takes a new number and a deleted one takes its
 * postings with it, so a number a search finds in the postings always has the facts
 * stored here, on whichever instance stored them, and nothing has to be told of writes. The
 * oldest stored go first when it is full. Only a restore with --force, replacing the database
 * under running instances, can give a number to another document: the hit's own row is read by
 * number and type and id compared (search.ts).
 */
export class DocumentFactsCache {
  readonly #facts = new Map<number, DocumentFacts>();
  readonly #shared = new Map<string, string>();
  readonly #sharedLists = new Map<string, readonly string[]>();

  constructor(private readonly capacity = CAPACITY) {}

  get(number: number): DocumentFacts | undefined {
    return this.#facts.get(number);
  }

  add(facts: DocumentFacts): DocumentFacts {
    if (this.#facts.size >= this.capacity) this.#dropOldest();
    // Written out, not spread: every stored object has one shape, which scoring reads fastest.
    const stored: DocumentFacts = {
      number: facts.number,
      type: this.#share(facts.type) as DocumentType,
      id: facts.id,
      kind: facts.kind && (this.#share(facts.kind) as 'offer' | 'need'),
      countryCode: facts.countryCode && this.#share(facts.countryCode),
      provinceId: facts.provinceId && this.#share(facts.provinceId),
      taxonomyCodes: this.#shareList(facts.taxonomyCodes),
      hsCodes: this.#shareList(facts.hsCodes),
      updatedAtMs: facts.updatedAtMs,
    };
    this.#facts.set(stored.number, stored);
    return stored;
  }

  delete(number: number): void {
    this.#facts.delete(number);
  }

  get size(): number {
    return this.#facts.size;
  }

  #share(value: string): string {
    const known = this.#shared.get(value);
    if (known !== undefined) return known;
    this.#shared.set(value, value);
    return value;
  }

  #shareList(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    const known = this.#sharedLists.get(key);
    if (known) return known;
    const list = Object.freeze(values.map((value) => this.#share(value)));
    this.#sharedLists.set(key, list);
    return list;
  }

  /** A tenth at a time, so a full cache does not drop one entry per new one. */
  #dropOldest(): void {
    if (this.#sharedLists.size > this.capacity) this.#sharedLists.clear();
    let toDrop = Math.ceil(this.capacity / 10);
    for (const number of this.#facts.keys()) {
      if (toDrop-- <= 0) break;
      this.#facts.delete(number);
    }
  }
}

const caches = new WeakMap<object, DocumentFactsCache>();

/**
 * One cache per database handle (a test process opens several databases, whose numbers overlap);
 * a transaction has its own, gone with it, so what it wrote and may roll back stays inside it.
 */
export function factsCacheOf(database: object): DocumentFactsCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new DocumentFactsCache();
    caches.set(database, cache);
  }
  return cache;
}
