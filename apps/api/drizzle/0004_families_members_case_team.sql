CREATE TABLE "break_glass_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text
);
--> statement-breakpoint
CREATE TABLE "case_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_by_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reference_code" text NOT NULL,
	"status" text NOT NULL,
	"municipality" text NOT NULL,
	"referral_source" text NOT NULL,
	"referred_at" date NOT NULL,
	"violence_or_danger_reported" boolean DEFAULT false NOT NULL,
	"first_assessment_due" date,
	"first_assessment_at" timestamp with time zone,
	"risk_factors" text[] DEFAULT '{}' NOT NULL,
	"recipient_groups" text[] DEFAULT '{}' NOT NULL,
	"case_manager_id" uuid,
	"intake_by_id" uuid NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closing_reason" text,
	"outcome_summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "families_status_check" CHECK ("families"."status" in ('referred', 'intake', 'active', 'closed')),
	CONSTRAINT "families_referral_source_check" CHECK ("families"."referral_source" in ('child_rights_service', 'self', 'police', 'school', 'health_care', 'other')),
	CONSTRAINT "families_risk_factors_check" CHECK ("families"."risk_factors" <@ array['lack_of_care_skills', 'child_development_and_safety_not_ensured', 'abuse_and_violence', 'criminal_involvement', 'dependence', 'poverty_and_homelessness', 'lack_of_motivation_to_work', 'high_conflict_separation', 'mental_health', 'housing_crisis', 'disability']::text[]),
	CONSTRAINT "families_recipient_groups_check" CHECK ("families"."recipient_groups" <@ array['children_at_social_risk', 'children_with_disabilities', 'children_without_parental_care', 'adults_with_disabilities', 'older_people', 'adults_at_social_risk', 'families_at_social_risk', 'foster_and_guardian_families', 'families_in_crisis', 'young_people_with_fewer_opportunities', 'people_who_used_violence', 'victims_of_trafficking', 'pregnant_women', 'minor_mothers', 'other']::text[]),
	CONSTRAINT "families_closed_at_check" CHECK (("families"."status" = 'closed') = ("families"."closed_at" is not null)),
	CONSTRAINT "families_closing_check" CHECK ("families"."status" <> 'closed' or ("families"."closing_reason" is not null and "families"."outcome_summary" is not null))
);
--> statement-breakpoint
CREATE TABLE "family_reference_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"changed_by_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "family_memberships_role_check" CHECK ("family_memberships"."role" in ('parent', 'child', 'grandparent', 'partner', 'other'))
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"personal_code_encrypted" text,
	"personal_code_hash" text,
	"contacts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contacts_confidential" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_gender_check" CHECK ("persons"."gender" in ('woman', 'man', 'non_binary', 'not_stated'))
);
--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team_members" ADD CONSTRAINT "case_team_members_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_case_manager_id_users_id_fk" FOREIGN KEY ("case_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_intake_by_id_users_id_fk" FOREIGN KEY ("intake_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_status_changes" ADD CONSTRAINT "family_status_changes_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_status_changes" ADD CONSTRAINT "family_status_changes_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_memberships" ADD CONSTRAINT "family_memberships_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_memberships" ADD CONSTRAINT "family_memberships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_grants_user_family_idx" ON "break_glass_grants" USING btree ("user_id","family_id","expires_at");--> statement-breakpoint
CREATE INDEX "break_glass_grants_org_review_idx" ON "break_glass_grants" USING btree ("organisation_id","reviewed_at","granted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "case_team_members_current_idx" ON "case_team_members" USING btree ("user_id","family_id") WHERE "case_team_members"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "case_team_members_family_idx" ON "case_team_members" USING btree ("family_id") WHERE "case_team_members"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "families_reference_code_idx" ON "families" USING btree ("reference_code");--> statement-breakpoint
CREATE INDEX "families_org_opened_idx" ON "families" USING btree ("organisation_id","opened_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "families_case_manager_idx" ON "families" USING btree ("case_manager_id","opened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "families_intake_by_idx" ON "families" USING btree ("intake_by_id");--> statement-breakpoint
CREATE INDEX "families_org_status_idx" ON "families" USING btree ("organisation_id","status","opened_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "families_risk_factors_idx" ON "families" USING gin ("risk_factors");--> statement-breakpoint
CREATE INDEX "families_reference_code_trgm_idx" ON "families" USING gin ("reference_code" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "family_status_changes_family_idx" ON "family_status_changes" USING btree ("family_id","changed_at");--> statement-breakpoint
CREATE INDEX "family_memberships_family_idx" ON "family_memberships" USING btree ("family_id") WHERE "family_memberships"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "family_memberships_one_current_idx" ON "family_memberships" USING btree ("person_id") WHERE "family_memberships"."left_at" is null;--> statement-breakpoint
CREATE INDEX "family_memberships_person_idx" ON "family_memberships" USING btree ("person_id","joined_at");--> statement-breakpoint
CREATE INDEX "persons_personal_code_hash_idx" ON "persons" USING btree ("personal_code_hash");--> statement-breakpoint
CREATE INDEX "persons_given_name_trgm_idx" ON "persons" USING gin (lower("given_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_family_name_trgm_idx" ON "persons" USING gin (lower("family_name") gin_trgm_ops);