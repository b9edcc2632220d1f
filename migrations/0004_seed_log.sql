CREATE TABLE "seed_log" (
	"part" text PRIMARY KEY NOT NULL,
	"seeded_at" timestamp with time zone NOT NULL
);
