CREATE TABLE "meeting_interpreter_bookings" (
	"interpreter_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "meeting_interpreter_bookings_interpreter_id_slot_id_pk" PRIMARY KEY("interpreter_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_interpreters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"name" text NOT NULL,
	"language_pairs" jsonb NOT NULL,
	"available_days" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"participant_id" uuid NOT NULL,
	"meeting_id" uuid,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_person_bookings" (
	"participant_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "meeting_person_bookings_participant_id_slot_id_pk" PRIMARY KEY("participant_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_request_people" (
	"request_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"side" text NOT NULL,
	CONSTRAINT "meeting_request_people_request_id_participant_id_pk" PRIMARY KEY("request_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"kind" text NOT NULL,
	"priority" text NOT NULL,
	"topic" text NOT NULL,
	"preferred_days" jsonb NOT NULL,
	"requester_delegation_id" uuid,
	"receiver_delegation_id" uuid,
	"requester_languages" jsonb NOT NULL,
	"receiver_languages" jsonb NOT NULL,
	"party_key" text NOT NULL,
	"source_kind" text,
	"source_id" text,
	"status" text NOT NULL,
	"awaiting" text,
	"reason" text,
	"counter_days" jsonb,
	"counter_topic" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_room_bookings" (
	"room_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "meeting_room_bookings_room_id_slot_id_pk" PRIMARY KEY("room_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" jsonb NOT NULL,
	"capacity" integer NOT NULL,
	"place" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meeting_rooms_capacity_positive" CHECK ("meeting_rooms"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_settings" (
	"edition_id" text PRIMARY KEY NOT NULL,
	"slot_minutes" integer NOT NULL,
	"break_minutes" integer NOT NULL,
	"day_start_minute" integer NOT NULL,
	"day_end_minute" integer NOT NULL,
	"max_meetings_per_day" integer NOT NULL,
	"request_quota_per_day" integer NOT NULL,
	"role_request_quotas" jsonb NOT NULL,
	"travel_minutes" integer NOT NULL,
	"protocol_order" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_settings_slot_positive" CHECK ("meeting_settings"."slot_minutes" > 0),
	CONSTRAINT "meeting_settings_day_order" CHECK ("meeting_settings"."day_end_minute" > "meeting_settings"."day_start_minute")
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_slots_edition_start" UNIQUE("edition_id","starts_at"),
	CONSTRAINT "meeting_slots_time_order" CHECK ("meeting_slots"."ends_at" > "meeting_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" text NOT NULL,
	"request_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"interpreter_id" uuid,
	"locked" boolean DEFAULT false NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"outcome_notes" text,
	"follow_up" text,
	"outcome_recorded_by" uuid,
	"outcome_recorded_at" timestamp with time zone,
	"scheduled_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meetings_one_per_request" UNIQUE("request_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_one_open" ON "meeting_requests" USING btree ("edition_id","party_key") WHERE "meeting_requests"."status" in ('sent', 'countered', 'accepted');--> statement-breakpoint
ALTER TABLE "meeting_interpreter_bookings" ADD CONSTRAINT "meeting_interpreter_bookings_interpreter_id_meeting_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."meeting_interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_interpreter_bookings" ADD CONSTRAINT "meeting_interpreter_bookings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_interpreter_bookings" ADD CONSTRAINT "meeting_interpreter_bookings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_interpreters" ADD CONSTRAINT "meeting_interpreters_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notices" ADD CONSTRAINT "meeting_notices_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notices" ADD CONSTRAINT "meeting_notices_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notices" ADD CONSTRAINT "meeting_notices_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notices" ADD CONSTRAINT "meeting_notices_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_person_bookings" ADD CONSTRAINT "meeting_person_bookings_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_person_bookings" ADD CONSTRAINT "meeting_person_bookings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_person_bookings" ADD CONSTRAINT "meeting_person_bookings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request_people" ADD CONSTRAINT "meeting_request_people_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request_people" ADD CONSTRAINT "meeting_request_people_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_requester_delegation_id_delegations_id_fk" FOREIGN KEY ("requester_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_receiver_delegation_id_delegations_id_fk" FOREIGN KEY ("receiver_delegation_id") REFERENCES "public"."delegations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_room_bookings" ADD CONSTRAINT "meeting_room_bookings_room_id_meeting_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_room_bookings" ADD CONSTRAINT "meeting_room_bookings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_room_bookings" ADD CONSTRAINT "meeting_room_bookings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rooms" ADD CONSTRAINT "meeting_rooms_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_settings" ADD CONSTRAINT "meeting_settings_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_settings" ADD CONSTRAINT "meeting_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_room_id_meeting_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."meeting_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_interpreter_id_meeting_interpreters_id_fk" FOREIGN KEY ("interpreter_id") REFERENCES "public"."meeting_interpreters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_outcome_recorded_by_users_id_fk" FOREIGN KEY ("outcome_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_interpreter_bookings_meeting_idx" ON "meeting_interpreter_bookings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_interpreters_edition_idx" ON "meeting_interpreters" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "meeting_notices_participant_idx" ON "meeting_notices" USING btree ("edition_id","participant_id");--> statement-breakpoint
CREATE INDEX "meeting_person_bookings_meeting_idx" ON "meeting_person_bookings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_request_people_participant_idx" ON "meeting_request_people" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_edition_idx" ON "meeting_requests" USING btree ("edition_id","status");--> statement-breakpoint
CREATE INDEX "meeting_room_bookings_meeting_idx" ON "meeting_room_bookings" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_rooms_edition_idx" ON "meeting_rooms" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "meetings_edition_idx" ON "meetings" USING btree ("edition_id","state");