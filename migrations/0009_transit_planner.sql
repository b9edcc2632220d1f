CREATE TABLE "transit_legs" (
	"id" text PRIMARY KEY NOT NULL,
	"from_node_id" text NOT NULL,
	"to_node_id" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"distance_km" double precision,
	"distance_source" text,
	"great_circle_km" double precision,
	"crosses_border" boolean NOT NULL,
	"gauge_break" boolean NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transit_legs_distinct_ends" CHECK ("transit_legs"."from_node_id" <> "transit_legs"."to_node_id"),
	CONSTRAINT "transit_legs_sourced_distance" CHECK ("transit_legs"."distance_km" is null or ("transit_legs"."distance_km" > 0 and "transit_legs"."distance_source" is not null))
);
--> statement-breakpoint
CREATE TABLE "transit_network_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transit_network_state_single_row" CHECK ("transit_network_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "transit_nodes" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"countries" jsonb NOT NULL,
	"province_id" text,
	"names" jsonb NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"coordinates_assumed" boolean NOT NULL,
	"coordinates_note" text,
	"border_dwell_hours" double precision,
	"max_draft_m" double precision,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transit_parameters" (
	"key" text PRIMARY KEY NOT NULL,
	"value" double precision NOT NULL,
	"source" text,
	"assumption" boolean NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transit_parameters_sourced" CHECK ("transit_parameters"."assumption" or "transit_parameters"."source" is not null)
);
--> statement-breakpoint
CREATE TABLE "transit_province_cache" (
	"from_province_id" text NOT NULL,
	"to_province_id" text NOT NULL,
	"cargo" text NOT NULL,
	"network_version" bigint NOT NULL,
	"answer" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transit_province_cache_from_province_id_to_province_id_cargo_pk" PRIMARY KEY("from_province_id","to_province_id","cargo")
);
--> statement-breakpoint
CREATE TABLE "transit_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"source" text,
	"owner_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transit_legs" ADD CONSTRAINT "transit_legs_from_node_id_transit_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."transit_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_legs" ADD CONSTRAINT "transit_legs_to_node_id_transit_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."transit_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_nodes" ADD CONSTRAINT "transit_nodes_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_province_cache" ADD CONSTRAINT "transit_province_cache_from_province_id_provinces_id_fk" FOREIGN KEY ("from_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_province_cache" ADD CONSTRAINT "transit_province_cache_to_province_id_provinces_id_fk" FOREIGN KEY ("to_province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_scenarios" ADD CONSTRAINT "transit_scenarios_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transit_legs_from_idx" ON "transit_legs" USING btree ("from_node_id");--> statement-breakpoint
CREATE INDEX "transit_legs_to_idx" ON "transit_legs" USING btree ("to_node_id");--> statement-breakpoint
CREATE INDEX "transit_scenarios_owner_idx" ON "transit_scenarios" USING btree ("owner_user_id");