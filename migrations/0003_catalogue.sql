CREATE TABLE "catalogue_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_item_versions" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "catalogue_item_versions_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "catalogue_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"province_id" text NOT NULL,
	"organisation" jsonb,
	"owner_user_id" uuid,
	"status" text NOT NULL,
	"language" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"search_text" text NOT NULL,
	"taxonomy_codes" jsonb NOT NULL,
	"hs_codes" jsonb NOT NULL,
	"quantity" jsonb,
	"value_min" numeric,
	"value_max" numeric,
	"currency" text,
	"season_months" jsonb NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"contact_languages" jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "catalogue_attachments" ADD CONSTRAINT "catalogue_attachments_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_item_versions" ADD CONSTRAINT "catalogue_item_versions_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_items" ADD CONSTRAINT "catalogue_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_items_status_idx" ON "catalogue_items" USING btree ("status","province_id");--> statement-breakpoint
CREATE INDEX "catalogue_items_kind_idx" ON "catalogue_items" USING btree ("kind");