CREATE TABLE "partnership_services" (
	"partnership_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "partnership_services_partnership_id_service_id_pk" PRIMARY KEY("partnership_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid NOT NULL,
	"agreement_reference" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"proposed_by_id" uuid NOT NULL,
	"proposed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"accepted_by_id" uuid,
	"accepted_at" timestamp (3) with time zone,
	"ended_by_id" uuid,
	"ended_at" timestamp (3) with time zone,
	"end_reason" text,
	CONSTRAINT "partnerships_two_organisations" CHECK ("partnerships"."organisation_id" <> "partnerships"."partner_organisation_id"),
	CONSTRAINT "partnerships_dates" CHECK ("partnerships"."ends_on" is null or "partnerships"."ends_on" >= "partnerships"."starts_on"),
	CONSTRAINT "partnerships_accepted_by_partner" CHECK (("partnerships"."accepted_at" is null) = ("partnerships"."accepted_by_id" is null)),
	CONSTRAINT "partnerships_ended" CHECK (("partnerships"."ended_at" is null) = ("partnerships"."ended_by_id" is null))
);
--> statement-breakpoint
ALTER TABLE "consents" DROP CONSTRAINT "consents_purpose_check";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "data_organisation_id" uuid DEFAULT coalesce(nullif(current_setting('app.data_organisation_id', true), '')::uuid, nullif(current_setting('app.organisation_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "partnership_services" ADD CONSTRAINT "partnership_services_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_services" ADD CONSTRAINT "partnership_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_ended_by_id_users_id_fk" FOREIGN KEY ("ended_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_services_service_idx" ON "partnership_services" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "partnerships_organisation_idx" ON "partnerships" USING btree ("organisation_id","proposed_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "partnerships_partner_idx" ON "partnerships" USING btree ("partner_organisation_id","proposed_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_data_org_at_idx" ON "audit_log" USING btree ("data_organisation_id","at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "audit_log"."data_organisation_id" is not null;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_purpose_check" CHECK ("consents"."purpose" in ('service_delivery', 'share_with_municipality', 'share_with_partners', 'photos_video', 'research'));