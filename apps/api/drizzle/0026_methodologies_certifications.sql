CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"methodology_id" uuid NOT NULL,
	"level" text NOT NULL,
	"certified_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"evidence" text,
	"supervisor_id" uuid,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by_id" uuid,
	"revocation_reason" text,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_level_check" CHECK ("certifications"."level" in ('trainee', 'accredited', 'supervisor', 'trainer')),
	CONSTRAINT "certifications_dates_check" CHECK ("certifications"."valid_until" >= "certifications"."certified_on"),
	CONSTRAINT "certifications_supervisor_check" CHECK (("certifications"."level" = 'trainee') = ("certifications"."supervisor_id" is not null)),
	CONSTRAINT "certifications_revocation_check" CHECK (("certifications"."revoked_at" is null) = ("certifications"."revocation_reason" is null) and ("certifications"."revoked_at" is null) = ("certifications"."revoked_by_id" is null))
);
--> statement-breakpoint
CREATE TABLE "methodologies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"short_description" text NOT NULL,
	"target_group" text NOT NULL,
	"format" text NOT NULL,
	"session_count" integer NOT NULL,
	"session_minutes" integer,
	"max_group_size" integer,
	"facilitators_per_group" integer NOT NULL,
	"certification_path" text NOT NULL,
	"certification_validity_months" integer NOT NULL,
	"completion_share" numeric(3, 2) DEFAULT 0.75 NOT NULL,
	"enrolment_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "methodologies_format_check" CHECK ("methodologies"."format" in ('individual', 'group', 'parallel_groups')),
	CONSTRAINT "methodologies_session_count_check" CHECK ("methodologies"."session_count" > 0),
	CONSTRAINT "methodologies_session_minutes_check" CHECK ("methodologies"."session_minutes" is null or "methodologies"."session_minutes" > 0),
	CONSTRAINT "methodologies_max_group_size_check" CHECK ("methodologies"."max_group_size" is null or "methodologies"."max_group_size" > 0),
	CONSTRAINT "methodologies_facilitators_check" CHECK ("methodologies"."facilitators_per_group" > 0),
	CONSTRAINT "methodologies_validity_check" CHECK ("methodologies"."certification_validity_months" > 0),
	CONSTRAINT "methodologies_completion_share_check" CHECK ("methodologies"."completion_share" > 0 and "methodologies"."completion_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "outcome_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"methodology_id" uuid NOT NULL,
	"name" text NOT NULL,
	"score_min" double precision NOT NULL,
	"score_max" double precision NOT NULL,
	"higher_is_better" boolean NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_instruments_methodology_name_key" UNIQUE("methodology_id","name"),
	CONSTRAINT "outcome_instruments_range_check" CHECK ("outcome_instruments"."score_max" > "outcome_instruments"."score_min")
);
--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_methodology_id_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "methodologies" ADD CONSTRAINT "methodologies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_instruments" ADD CONSTRAINT "outcome_instruments_methodology_id_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certifications_org_methodology_idx" ON "certifications" USING btree ("organisation_id","methodology_id","user_id");--> statement-breakpoint
CREATE INDEX "certifications_user_idx" ON "certifications" USING btree ("user_id","methodology_id");--> statement-breakpoint
CREATE INDEX "certifications_org_valid_until_idx" ON "certifications" USING btree ("organisation_id","valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "methodologies_org_name_key" ON "methodologies" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
-- No staff member holds two certifications of one methodology and level on the same day; a revoked one holds nothing.
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_no_overlap"
  EXCLUDE USING gist ("user_id" WITH =, "methodology_id" WITH =, "level" WITH =,
    daterange("certified_on", "valid_until", '[]') WITH &&) WHERE ("revoked_at" IS NULL);
--> statement-breakpoint
-- Methodologies and certifications are the organisation's own: partners read neither.
SELECT app_protect(t, 'organisation_id = (SELECT app_organisation_id())')
FROM unnest(ARRAY['methodologies', 'certifications']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_parent('outcome_instruments', 'methodologies', 'methodology_id');
