CREATE TABLE "taxonomy_nodes" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"labels" jsonb NOT NULL,
	"labels_to_review" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hs_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"isic_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"panel_ref" text,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
