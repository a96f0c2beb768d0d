CREATE TABLE "accommodation_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"max_stay_nights" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accommodation_facilities_kind_check" CHECK ("accommodation_facilities"."kind" in ('crisis_night_shelter', 'crisis_accommodation', 'long_term_accommodation', 'child_short_term_care')),
	CONSTRAINT "accommodation_facilities_max_stay_check" CHECK ("accommodation_facilities"."max_stay_nights" > 0)
);
--> statement-breakpoint
CREATE TABLE "accommodation_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accommodation_rooms_id_facility_key" UNIQUE("id","facility_id")
);
--> statement-breakpoint
CREATE TABLE "admission_refusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"refused_by_id" uuid NOT NULL,
	"refused_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admission_refusals_reasons_check" CHECK ("admission_refusals"."reasons" <@ array['intoxicated_adult', 'emergency_medical_care', 'inpatient_psychiatric_care']::text[] and cardinality("admission_refusals"."reasons") > 0)
);
--> statement-breakpoint
CREATE TABLE "bed_out_of_service" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bed_id" uuid NOT NULL,
	"days" daterange NOT NULL,
	"reason" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bed_out_of_service_days_check" CHECK (not isempty("bed_out_of_service"."days") and lower_inc("bed_out_of_service"."days") and not upper_inc("bed_out_of_service"."days") and not lower_inf("bed_out_of_service"."days") and not upper_inf("bed_out_of_service"."days"))
);
--> statement-breakpoint
CREATE TABLE "beds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"label" text NOT NULL,
	"child_bed" boolean DEFAULT false NOT NULL,
	"cot" boolean DEFAULT false NOT NULL,
	"accessible" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "beds_id_facility_key" UNIQUE("id","facility_id")
);
--> statement-breakpoint
CREATE TABLE "stay_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"admission_checks" jsonb NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"facility_id" uuid NOT NULL,
	"bed_id" uuid NOT NULL,
	"nights" daterange NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"moved_from_stay_id" uuid,
	"checked_in_at" timestamp (3) with time zone,
	"checked_out_at" timestamp (3) with time zone,
	"cancel_reason" text,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stays_status_check" CHECK ("stays"."status" in ('planned', 'checked_in', 'checked_out', 'cancelled')),
	CONSTRAINT "stays_nights_check" CHECK (not isempty("stays"."nights") and lower_inc("stays"."nights") and not upper_inc("stays"."nights") and not lower_inf("stays"."nights") and not upper_inf("stays"."nights")),
	CONSTRAINT "stays_cancel_check" CHECK (("stays"."status" = 'cancelled') = ("stays"."cancel_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "accommodation_facilities" ADD CONSTRAINT "accommodation_facilities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accommodation_facilities" ADD CONSTRAINT "accommodation_facilities_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accommodation_rooms" ADD CONSTRAINT "accommodation_rooms_facility_id_accommodation_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."accommodation_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_refusals" ADD CONSTRAINT "admission_refusals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_refusals" ADD CONSTRAINT "admission_refusals_facility_id_accommodation_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."accommodation_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_refusals" ADD CONSTRAINT "admission_refusals_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_refusals" ADD CONSTRAINT "admission_refusals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_refusals" ADD CONSTRAINT "admission_refusals_refused_by_id_users_id_fk" FOREIGN KEY ("refused_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_out_of_service" ADD CONSTRAINT "bed_out_of_service_bed_id_beds_id_fk" FOREIGN KEY ("bed_id") REFERENCES "public"."beds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bed_out_of_service" ADD CONSTRAINT "bed_out_of_service_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beds" ADD CONSTRAINT "beds_room_fk" FOREIGN KEY ("room_id","facility_id") REFERENCES "public"."accommodation_rooms"("id","facility_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_placements" ADD CONSTRAINT "stay_placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_placements" ADD CONSTRAINT "stay_placements_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_placements" ADD CONSTRAINT "stay_placements_facility_id_accommodation_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."accommodation_facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stay_placements" ADD CONSTRAINT "stay_placements_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_placement_id_stay_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."stay_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_bed_fk" FOREIGN KEY ("bed_id","facility_id") REFERENCES "public"."beds"("id","facility_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_moved_from_fk" FOREIGN KEY ("moved_from_stay_id") REFERENCES "public"."stays"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accommodation_facilities_org_idx" ON "accommodation_facilities" USING btree ("organisation_id","name");--> statement-breakpoint
CREATE INDEX "accommodation_rooms_facility_idx" ON "accommodation_rooms" USING btree ("facility_id","name");--> statement-breakpoint
CREATE INDEX "admission_refusals_org_idx" ON "admission_refusals" USING btree ("organisation_id","refused_at");--> statement-breakpoint
CREATE INDEX "bed_out_of_service_bed_idx" ON "bed_out_of_service" USING gist ("bed_id","days");--> statement-breakpoint
CREATE INDEX "beds_room_idx" ON "beds" USING btree ("room_id","label");--> statement-breakpoint
CREATE INDEX "beds_facility_idx" ON "beds" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "stay_placements_family_idx" ON "stay_placements" USING btree ("family_id","created_at");--> statement-breakpoint
CREATE INDEX "stays_family_idx" ON "stays" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "stays_facility_nights_idx" ON "stays" USING gist ("facility_id","nights");--> statement-breakpoint
CREATE INDEX "stays_placement_idx" ON "stays" USING btree ("placement_id");--> statement-breakpoint
-- No bed and no person is ever in two stays with a night in common; a cancelled stay holds nothing.
ALTER TABLE "stays" ADD CONSTRAINT "stays_bed_no_overlap"
  EXCLUDE USING gist ("bed_id" WITH =, "nights" WITH &&) WHERE ("status" <> 'cancelled');
--> statement-breakpoint
ALTER TABLE "stays" ADD CONSTRAINT "stays_person_no_overlap"
  EXCLUDE USING gist ("person_id" WITH =, "nights" WITH &&) WHERE ("status" <> 'cancelled');
--> statement-breakpoint
-- Where someone stays is confidential: no table here is readable by partner organisations.
SELECT app_protect(t, 'organisation_id = (SELECT app_organisation_id())')
FROM unnest(ARRAY['accommodation_facilities', 'stay_placements', 'stays', 'admission_refusals']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_parent('accommodation_rooms', 'accommodation_facilities', 'facility_id');
--> statement-breakpoint
SELECT app_protect_by_parent('beds', 'accommodation_facilities', 'facility_id');
--> statement-breakpoint
SELECT app_protect_by_parent('bed_out_of_service', 'beds', 'bed_id');
