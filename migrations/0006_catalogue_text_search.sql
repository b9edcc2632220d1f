-- Trigram index on the normalised texts of all languages: a plain-text filter in any of the six
-- languages uses it instead of scanning (11x faster for ILIKE on 100k rows, per the stack notes).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS catalogue_items_search_text_trgm ON catalogue_items USING gin (search_text gin_trgm_ops);
