ALTER TABLE "families" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "families_org_closed_idx" ON "families" USING btree ("organisation_id","closed_at") WHERE "families"."anonymised_at" is null;