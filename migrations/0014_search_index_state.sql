CREATE TABLE "search_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"key_version" integer NOT NULL
);
--> statement-breakpoint
-- Whatever this database was indexed with, it was not version 2 (Persian in Latin letters): the next start re-keys it.
INSERT INTO "search_index_state" ("id", "key_version") VALUES (1, 1);
