ALTER TABLE "enrolments" ADD COLUMN "couple_id" uuid;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "expected_birth_on" date;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "court_proceedings_on_hold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "enrolments_couple_idx" ON "enrolments" USING btree ("couple_id");