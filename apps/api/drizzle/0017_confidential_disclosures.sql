CREATE TABLE "confidential_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"disclosed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp (3) with time zone,
	"review_note" text
);
--> statement-breakpoint
ALTER TABLE "confidential_disclosures" ADD CONSTRAINT "confidential_disclosures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_disclosures" ADD CONSTRAINT "confidential_disclosures_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_disclosures" ADD CONSTRAINT "confidential_disclosures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_disclosures" ADD CONSTRAINT "confidential_disclosures_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "confidential_disclosures_org_review_idx" ON "confidential_disclosures" USING btree ("organisation_id","reviewed_at","disclosed_at" DESC NULLS FIRST);--> statement-breakpoint
SELECT app_protect('confidential_disclosures', 'organisation_id = (SELECT app_organisation_id())');
