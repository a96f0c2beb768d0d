CREATE TABLE "case_conference_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"person_id" uuid,
	"name" text,
	"organisation" text,
	CONSTRAINT "case_conference_participants_kind_check" CHECK (("case_conference_participants"."kind" = 'staff' and "case_conference_participants"."user_id" is not null) or ("case_conference_participants"."kind" = 'family_member' and "case_conference_participants"."person_id" is not null) or ("case_conference_participants"."kind" = 'external' and "case_conference_participants"."name" is not null))
);
--> statement-breakpoint
CREATE TABLE "case_conference_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"description" text NOT NULL,
	"goal_id" uuid,
	"responsible_id" uuid,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "case_conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"agenda" text NOT NULL,
	"decisions" text,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_note_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"note_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"edited_by_id" uuid NOT NULL,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"annotates_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_notes_visibility_check" CHECK ("case_notes"."visibility" in ('team', 'case_manager'))
);
--> statement-breakpoint
CREATE TABLE "case_plan_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"area" text NOT NULL,
	"description" text NOT NULL,
	"responsible_id" uuid NOT NULL,
	"target_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_plan_goals_area_check" CHECK ("case_plan_goals"."area" in ('safety', 'parenting', 'child_development', 'health', 'addiction', 'housing', 'finances', 'legal', 'education_employment', 'social_network')),
	CONSTRAINT "case_plan_goals_status_check" CHECK ("case_plan_goals"."status" in ('open', 'achieved', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "case_plan_review_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"progress" text NOT NULL,
	"status_after" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"next_review_on" date NOT NULL,
	"family_views" text,
	"child_views" text,
	"effectiveness" text,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"given" boolean NOT NULL,
	"note" text,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_purpose_check" CHECK ("consents"."purpose" in ('service_delivery', 'share_with_municipality', 'photos_video', 'research'))
);
--> statement-breakpoint
CREATE TABLE "needs_assessment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"area" text NOT NULL,
	"item" text NOT NULL,
	"rating" text NOT NULL,
	"note" text,
	CONSTRAINT "needs_assessment_items_area_check" CHECK ("needs_assessment_items"."area" in ('safety', 'parenting', 'child_development', 'health', 'addiction', 'housing', 'finances', 'legal', 'education_employment', 'social_network')),
	CONSTRAINT "needs_assessment_items_rating_check" CHECK ("needs_assessment_items"."rating" in ('none', 'mild', 'moderate', 'severe', 'dont_know'))
);
--> statement-breakpoint
CREATE TABLE "needs_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"strengths" text NOT NULL,
	"summary" text,
	"author_id" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_participants" ADD CONSTRAINT "case_conference_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_steps" ADD CONSTRAINT "case_conference_steps_conference_id_case_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."case_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_steps" ADD CONSTRAINT "case_conference_steps_goal_id_case_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."case_plan_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conference_steps" ADD CONSTRAINT "case_conference_steps_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_conferences" ADD CONSTRAINT "case_conferences_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note_versions" ADD CONSTRAINT "case_note_versions_note_id_case_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."case_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note_versions" ADD CONSTRAINT "case_note_versions_edited_by_id_users_id_fk" FOREIGN KEY ("edited_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_goals" ADD CONSTRAINT "case_plan_goals_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_goals" ADD CONSTRAINT "case_plan_goals_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_goals" ADD CONSTRAINT "case_plan_goals_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_review_goals" ADD CONSTRAINT "case_plan_review_goals_review_id_case_plan_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."case_plan_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_review_goals" ADD CONSTRAINT "case_plan_review_goals_goal_id_case_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."case_plan_goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_reviews" ADD CONSTRAINT "case_plan_reviews_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_plan_reviews" ADD CONSTRAINT "case_plan_reviews_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessment_items" ADD CONSTRAINT "needs_assessment_items_assessment_id_needs_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."needs_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_conference_participants_conference_idx" ON "case_conference_participants" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "case_conference_participants_user_idx" ON "case_conference_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_conference_steps_conference_idx" ON "case_conference_steps" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "case_conferences_family_idx" ON "case_conferences" USING btree ("family_id","held_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "case_note_versions_note_version_idx" ON "case_note_versions" USING btree ("note_id","version");--> statement-breakpoint
CREATE INDEX "case_notes_family_idx" ON "case_notes" USING btree ("family_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_notes_annotates_idx" ON "case_notes" USING btree ("annotates_id");--> statement-breakpoint
CREATE INDEX "case_plan_goals_family_idx" ON "case_plan_goals" USING btree ("family_id","target_date");--> statement-breakpoint
CREATE INDEX "case_plan_goals_responsible_open_idx" ON "case_plan_goals" USING btree ("responsible_id","target_date") WHERE "case_plan_goals"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "case_plan_review_goals_review_goal_idx" ON "case_plan_review_goals" USING btree ("review_id","goal_id");--> statement-breakpoint
CREATE INDEX "case_plan_review_goals_goal_idx" ON "case_plan_review_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "case_plan_reviews_family_idx" ON "case_plan_reviews" USING btree ("family_id","reviewed_on" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consents_person_purpose_idx" ON "consents" USING btree ("person_id","purpose","recorded_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consents_family_idx" ON "consents" USING btree ("family_id","recorded_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_assessment_items_assessment_idx" ON "needs_assessment_items" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "needs_assessments_family_idx" ON "needs_assessments" USING btree ("family_id","assessed_on" DESC NULLS LAST);