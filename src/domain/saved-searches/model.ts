/** A kept search as the results page's address holds it: the words and one value per facet, as typed. */
export type SavedQuery = {
  q?: string;
  type?: string;
  kind?: string;
  country?: string;
  province?: string;
  sector?: string;
  hs?: string;
};

/** Nobody keeps more than this many searches; a list this long is read, not scanned. */
export const SAVED_SEARCHES_PER_USER = 20;
