ALTER TABLE "outcome_instruments" ADD CONSTRAINT "outcome_instruments_range_key" UNIQUE("id","score_min","score_max");--> statement-breakpoint
CREATE TABLE "outcome_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"score" double precision NOT NULL,
	"score_min" double precision NOT NULL,
	"score_max" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_measurements_phase_key" UNIQUE("run_id","person_id","instrument_id","phase"),
	CONSTRAINT "outcome_measurements_phase_check" CHECK ("outcome_measurements"."phase" in ('baseline', 'end')),
	CONSTRAINT "outcome_measurements_score_check" CHECK ("outcome_measurements"."score" between "outcome_measurements"."score_min" and "outcome_measurements"."score_max")
);
--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_run_id_group_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."group_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_measurements" ADD CONSTRAINT "outcome_measurements_instrument_range_fk" FOREIGN KEY ("instrument_id","score_min","score_max") REFERENCES "public"."outcome_instruments"("id","score_min","score_max") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "outcome_measurements_instrument_idx" ON "outcome_measurements" USING btree ("instrument_id");--> statement-breakpoint
-- Scores are visible and writable exactly when their run is.
SELECT app_protect_by_parent('outcome_measurements', 'group_runs', 'run_id');
