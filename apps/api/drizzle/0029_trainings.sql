CREATE TABLE "training_attendance" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_session_id_participant_id_pk" PRIMARY KEY("session_id","participant_id"),
	CONSTRAINT "training_attendance_status_check" CHECK ("training_attendance"."status" in ('present', 'absent', 'excused'))
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text,
	"organisation" text,
	"email" text,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"withdraw_reason" text,
	"completion" text,
	"certification_id" uuid,
	"enrolment_order" bigint GENERATED ALWAYS AS IDENTITY (sequence name "training_participants_enrolment_order_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_participants_status_check" CHECK ("training_participants"."status" in ('enrolled', 'withdrawn')),
	CONSTRAINT "training_participants_completion_check" CHECK ("training_participants"."completion" is null or "training_participants"."completion" in ('completed', 'not_completed')),
	CONSTRAINT "training_participants_who_check" CHECK (("training_participants"."user_id" is not null) = ("training_participants"."name" is null and "training_participants"."organisation" is null and "training_participants"."email" is null)),
	CONSTRAINT "training_participants_outside_check" CHECK ("training_participants"."user_id" is not null or ("training_participants"."name" is not null and "training_participants"."organisation" is not null and "training_participants"."email" is not null)),
	CONSTRAINT "training_participants_withdraw_check" CHECK (("training_participants"."status" = 'withdrawn') = ("training_participants"."withdraw_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "training_sessions_period_check" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "training_trainers" (
	"training_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "training_trainers_training_id_user_id_pk" PRIMARY KEY("training_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"methodology_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"room_id" uuid,
	"capacity" integer NOT NULL,
	"enrolled_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"outside_trainers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trainings_kind_check" CHECK ("trainings"."kind" in ('initial_training', 'accreditation', 'refresher', 'supervision')),
	CONSTRAINT "trainings_status_check" CHECK ("trainings"."status" in ('planned', 'completed', 'cancelled')),
	CONSTRAINT "trainings_capacity_check" CHECK ("trainings"."capacity" between 1 and 500),
	CONSTRAINT "trainings_enrolled_check" CHECK ("trainings"."enrolled_count" between 0 and "trainings"."capacity"),
	CONSTRAINT "trainings_days_check" CHECK ("trainings"."ends_on" >= "trainings"."starts_on"),
	CONSTRAINT "trainings_cancel_check" CHECK (("trainings"."status" = 'cancelled') = ("trainings"."cancel_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_participant_id_training_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_methodology_id_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_attendance_participant_idx" ON "training_attendance" USING btree ("participant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_user_key" ON "training_participants" USING btree ("training_id","user_id") WHERE "training_participants"."status" = 'enrolled' and "training_participants"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_email_key" ON "training_participants" USING btree ("training_id",lower("email")) WHERE "training_participants"."status" = 'enrolled' and "training_participants"."email" is not null;--> statement-breakpoint
CREATE INDEX "training_participants_training_idx" ON "training_participants" USING btree ("training_id","enrolment_order");--> statement-breakpoint
CREATE INDEX "training_participants_user_idx" ON "training_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_sessions_training_idx" ON "training_sessions" USING btree ("training_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_trainers_user_idx" ON "training_trainers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "trainings_org_starts_idx" ON "trainings" USING btree ("organisation_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "trainings_methodology_idx" ON "trainings" USING btree ("methodology_id");--> statement-breakpoint
-- Trainings are the organising organisation's own: partner staff who take part are stored by user id only.
SELECT app_protect('trainings', 'organisation_id = (SELECT app_organisation_id())');
--> statement-breakpoint
SELECT app_protect_by_parent(t, 'trainings', 'training_id')
FROM unnest(ARRAY['training_trainers', 'training_sessions', 'training_participants']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_parent('training_attendance', 'training_sessions', 'session_id');
