CREATE TABLE "search_postings" (
	"word" text NOT NULL,
	"document" integer NOT NULL,
	CONSTRAINT "search_postings_word_document_pk" PRIMARY KEY("word","document")
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_documents_key_trgm";--> statement-breakpoint
DROP INDEX "search_terms_key_trgm";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "number" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "search_documents_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
-- Covering (by hand, drizzle-kit cannot write INCLUDE): a search scores thousands of documents from the index alone.
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_number_unique" UNIQUE("number") INCLUDE ("type", "id", "kind", "country_code", "province_id", "taxonomy_codes", "hs_codes", "updated_at");--> statement-breakpoint
ALTER TABLE "search_postings" ADD CONSTRAINT "search_postings_document_search_documents_number_fk" FOREIGN KEY ("document") REFERENCES "public"."search_documents"("number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_postings_document" ON "search_postings" USING btree ("document");--> statement-breakpoint
CREATE INDEX "search_words_trgm" ON "search_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- Covering by hand, as above: concept and browse candidates are read newest first from the index alone.
CREATE INDEX "search_documents_updated" ON "search_documents" USING btree ("updated_at") INCLUDE ("number", "type", "id", "kind", "country_code", "province_id", "taxonomy_codes", "hs_codes");--> statement-breakpoint
CREATE INDEX "search_terms_key_trgm" ON "search_terms" USING gin ("key" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "text";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "key";