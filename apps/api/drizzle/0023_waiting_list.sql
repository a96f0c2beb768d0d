CREATE TABLE "waiting_request_members" (
	"request_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "waiting_request_members_request_id_person_id_pk" PRIMARY KEY("request_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "waiting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"facility_kind" text NOT NULL,
	"needed_from" date NOT NULL,
	"priority" text NOT NULL,
	"priority_rank" smallint GENERATED ALWAYS AS (case priority when 'urgent' then 0 when 'high' then 1 else 2 end) STORED NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"requested_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"closed_by_id" uuid,
	"withdraw_reason" text,
	"placement_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waiting_requests_kind_check" CHECK ("waiting_requests"."facility_kind" in ('crisis_night_shelter', 'crisis_accommodation', 'long_term_accommodation', 'child_short_term_care')),
	CONSTRAINT "waiting_requests_priority_check" CHECK ("waiting_requests"."priority" in ('urgent', 'high', 'normal')),
	CONSTRAINT "waiting_requests_status_check" CHECK ("waiting_requests"."status" in ('open', 'placed', 'withdrawn')),
	CONSTRAINT "waiting_requests_closed_check" CHECK (("waiting_requests"."status" = 'open') = ("waiting_requests"."closed_at" is null) and ("waiting_requests"."status" = 'withdrawn') = ("waiting_requests"."withdraw_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "waiting_request_members" ADD CONSTRAINT "waiting_request_members_request_id_waiting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."waiting_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_request_members" ADD CONSTRAINT "waiting_request_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_requests" ADD CONSTRAINT "waiting_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_requests" ADD CONSTRAINT "waiting_requests_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_requests" ADD CONSTRAINT "waiting_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_requests" ADD CONSTRAINT "waiting_requests_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waiting_requests" ADD CONSTRAINT "waiting_requests_placement_id_stay_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."stay_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "waiting_request_members_person_idx" ON "waiting_request_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "waiting_requests_list_idx" ON "waiting_requests" USING btree ("organisation_id","status","priority_rank","requested_at","id");--> statement-breakpoint
CREATE INDEX "waiting_requests_family_idx" ON "waiting_requests" USING btree ("family_id","requested_at");--> statement-breakpoint
-- A request names a family in need of shelter: no partner organisation reads it.
SELECT app_protect('waiting_requests', 'organisation_id = (SELECT app_organisation_id())');
--> statement-breakpoint
SELECT app_protect_by_parent('waiting_request_members', 'waiting_requests', 'request_id');
