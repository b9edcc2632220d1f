CREATE TABLE "search_documents" (
	"type" text NOT NULL,
	"id" text NOT NULL,
	"language" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"text" text NOT NULL,
	"key" text NOT NULL,
	"kind" text,
	"country_code" text,
	"province_id" text,
	"taxonomy_codes" text[] NOT NULL,
	"hs_codes" text[] NOT NULL,
	"path" text NOT NULL,
	"is_demo" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "search_documents_type_id_pk" PRIMARY KEY("type","id")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"target" text NOT NULL,
	"language" text NOT NULL,
	"term" text NOT NULL,
	"key" text NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	CONSTRAINT "search_terms_target_language_key_pk" PRIMARY KEY("target","language","key")
);
--> statement-breakpoint
CREATE INDEX "search_documents_key_trgm" ON "search_documents" USING gin ("key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_taxonomy" ON "search_documents" USING gin ("taxonomy_codes");--> statement-breakpoint
CREATE INDEX "search_documents_province" ON "search_documents" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "search_terms_key_trgm" ON "search_terms" USING gin ("key" gin_trgm_ops);