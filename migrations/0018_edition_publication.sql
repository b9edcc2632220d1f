ALTER TABLE "editions" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
-- Every edition made before drafts existed was already on the public site (the 2025 summit): it stays published.
-- When it was published is not recorded anywhere; the moment of this migration stands for it.
UPDATE "editions" SET "status" = 'published', "published_at" = now();
