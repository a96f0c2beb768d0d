CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "delivered_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"delivered_by_id" uuid,
	"source_kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"delivered_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivered_services_source_check" CHECK ("delivered_services"."source_kind" in ('appointment', 'group_session')),
	CONSTRAINT "delivered_services_duration_check" CHECK ("delivered_services"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "service_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"planned_units" integer NOT NULL,
	"cap" text DEFAULT 'soft' NOT NULL,
	"note" text,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_packages_units_check" CHECK ("service_packages"."planned_units" between 1 and 1000),
	CONSTRAINT "service_packages_cap_check" CHECK ("service_packages"."cap" in ('soft', 'hard'))
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queue_position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "enrolments_queue_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"withdraw_reason" text,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_status_check" CHECK ("enrolments"."status" in ('enrolled', 'waitlisted', 'withdrawn')),
	CONSTRAINT "enrolments_withdraw_check" CHECK (("enrolments"."status" = 'withdrawn') = ("enrolments"."withdraw_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "group_run_facilitators" (
	"run_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "group_run_facilitators_run_id_user_id_pk" PRIMARY KEY("run_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"title" text NOT NULL,
	"methodology" text,
	"room_id" uuid,
	"capacity" integer NOT NULL,
	"enrolled_count" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_runs_status_check" CHECK ("group_runs"."status" in ('planned', 'running', 'finished', 'cancelled')),
	CONSTRAINT "group_runs_capacity_check" CHECK ("group_runs"."capacity" between 1 and 500),
	CONSTRAINT "group_runs_enrolled_check" CHECK ("group_runs"."enrolled_count" between 0 and "group_runs"."capacity")
);
--> statement-breakpoint
CREATE TABLE "group_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_sessions_status_check" CHECK ("group_sessions"."status" in ('scheduled', 'held', 'cancelled')),
	CONSTRAINT "group_sessions_period_check" CHECK ("group_sessions"."ends_at" > "group_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "session_attendance" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_attendance_session_id_person_id_pk" PRIMARY KEY("session_id","person_id"),
	CONSTRAINT "session_attendance_status_check" CHECK ("session_attendance"."status" in ('present', 'absent', 'excused'))
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivered_services" ADD CONSTRAINT "delivered_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivered_services" ADD CONSTRAINT "delivered_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivered_services" ADD CONSTRAINT "delivered_services_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivered_services" ADD CONSTRAINT "delivered_services_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivered_services" ADD CONSTRAINT "delivered_services_delivered_by_id_users_id_fk" FOREIGN KEY ("delivered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_packages" ADD CONSTRAINT "service_packages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_run_id_group_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."group_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_run_facilitators" ADD CONSTRAINT "group_run_facilitators_run_id_group_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."group_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_run_facilitators" ADD CONSTRAINT "group_run_facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_sessions" ADD CONSTRAINT "group_sessions_run_id_group_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."group_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_group_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."group_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_idx" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_user_active_idx" ON "calendar_feeds" USING btree ("user_id") WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "delivered_services_source_person_idx" ON "delivered_services" USING btree ("source_kind","source_id","person_id");--> statement-breakpoint
CREATE INDEX "delivered_services_org_delivered_idx" ON "delivered_services" USING btree ("organisation_id","delivered_at");--> statement-breakpoint
CREATE INDEX "delivered_services_service_delivered_idx" ON "delivered_services" USING btree ("service_id","delivered_at");--> statement-breakpoint
CREATE INDEX "delivered_services_family_idx" ON "delivered_services" USING btree ("family_id","service_id","person_id");--> statement-breakpoint
CREATE INDEX "delivered_services_person_idx" ON "delivered_services" USING btree ("person_id","service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_packages_family_person_service_idx" ON "service_packages" USING btree ("family_id","person_id","service_id");--> statement-breakpoint
CREATE INDEX "service_packages_person_service_idx" ON "service_packages" USING btree ("person_id","service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_run_person_idx" ON "enrolments" USING btree ("run_id","person_id") WHERE "enrolments"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "enrolments_run_queue_idx" ON "enrolments" USING btree ("run_id","status","queue_position");--> statement-breakpoint
CREATE INDEX "enrolments_family_idx" ON "enrolments" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "enrolments_person_idx" ON "enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "group_run_facilitators_user_idx" ON "group_run_facilitators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "group_runs_org_created_idx" ON "group_runs" USING btree ("organisation_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "group_runs_service_idx" ON "group_runs" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "group_sessions_run_idx" ON "group_sessions" USING btree ("run_id","starts_at");--> statement-breakpoint
CREATE INDEX "group_sessions_starts_idx" ON "group_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "session_attendance_person_idx" ON "session_attendance" USING btree ("person_id");