-- No staff member or room is ever reserved twice for overlapping times, whatever booked them.
ALTER TABLE "reservations" ADD CONSTRAINT "reservations_no_overlap"
  EXCLUDE USING gist ("resource_kind" WITH =, "resource_id" WITH =, "period" WITH &&) WHERE ("active");
--> statement-breakpoint
CREATE INDEX "reservations_resource_period_idx" ON "reservations" USING gist ("resource_id", "period") WHERE "active";
