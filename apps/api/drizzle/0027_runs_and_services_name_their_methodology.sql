ALTER TABLE "group_runs" ADD COLUMN "methodology_id" uuid;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "methodology_id" uuid;--> statement-breakpoint
ALTER TABLE "group_runs" ADD CONSTRAINT "group_runs_methodology_id_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_methodology_id_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_runs_methodology_idx" ON "group_runs" USING btree ("methodology_id");--> statement-breakpoint
CREATE INDEX "services_methodology_idx" ON "services" USING btree ("methodology_id");--> statement-breakpoint
-- The free-text methodology becomes a link to the organisation's methodology of that name ("PUP" also finds "PUP (Parents under Pressure)").
UPDATE "group_runs" r SET "methodology_id" = (
  SELECT m.id FROM "methodologies" m
  WHERE m.organisation_id = r.organisation_id
    AND (lower(m.name) = lower(trim(r.methodology)) OR lower(m.name) LIKE lower(trim(r.methodology)) || ' (%')
  ORDER BY m.created_at LIMIT 1
) WHERE r.methodology IS NOT NULL;--> statement-breakpoint
UPDATE "services" s SET "methodology_id" = (
  SELECT m.id FROM "methodologies" m
  WHERE m.organisation_id = s.organisation_id
    AND (lower(m.name) = lower(trim(s.methodology)) OR lower(m.name) LIKE lower(trim(s.methodology)) || ' (%')
  ORDER BY m.created_at LIMIT 1
) WHERE s.methodology IS NOT NULL;
