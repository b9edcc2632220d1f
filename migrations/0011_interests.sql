CREATE TABLE "interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"from_item_id" uuid,
	"from_party" text NOT NULL,
	"from_province_id" text,
	"from_organisation" text,
	"from_user_id" uuid NOT NULL,
	"to_province_id" text NOT NULL,
	"to_organisation" text,
	"message" text NOT NULL,
	"language" text NOT NULL,
	"status" text NOT NULL,
	"reply" text,
	"created_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	CONSTRAINT "interests_one_per_party" UNIQUE("item_id","from_party")
);
--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_item_id_catalogue_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_from_item_id_catalogue_items_id_fk" FOREIGN KEY ("from_item_id") REFERENCES "public"."catalogue_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_from_province_id_provinces_id_fk" FOREIGN KEY ("from_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_to_province_id_provinces_id_fk" FOREIGN KEY ("to_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interests_to_province" ON "interests" USING btree ("to_province_id");--> statement-breakpoint
CREATE INDEX "interests_to_organisation" ON "interests" USING btree ("to_organisation");--> statement-breakpoint
CREATE INDEX "interests_from_party" ON "interests" USING btree ("from_party");