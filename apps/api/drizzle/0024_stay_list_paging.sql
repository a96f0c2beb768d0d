-- The list of stays pages by check-in. Under row-level security PostgreSQL uses an index only for leakproof
-- comparisons, and neither `&&` on ranges nor lower()/upper() is one; plain date columns are.
ALTER TABLE "stays" ADD COLUMN "check_in" date GENERATED ALWAYS AS (lower(nights)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "stays" ADD COLUMN "check_out" date GENERATED ALWAYS AS (upper(nights)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "stays_org_check_in_idx" ON "stays" USING btree ("organisation_id","check_in","id");--> statement-breakpoint
CREATE INDEX "stays_facility_check_out_idx" ON "stays" USING btree ("facility_id","check_out");--> statement-breakpoint
CREATE INDEX "stays_bed_check_out_idx" ON "stays" USING btree ("bed_id","check_out");