CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_events_type_check" CHECK ("referral_events"."type" in ('referral.received', 'referral.accepted', 'referral.declined', 'case.closed'))
);
--> statement-breakpoint
CREATE TABLE "referral_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"role" text NOT NULL,
	"personal_code_encrypted" text,
	"personal_code_hash" text,
	"contacts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "referral_persons_gender_check" CHECK ("referral_persons"."gender" in ('woman', 'man', 'non_binary', 'not_stated')),
	CONSTRAINT "referral_persons_role_check" CHECK ("referral_persons"."role" in ('parent', 'child', 'grandparent', 'partner', 'other'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"api_client_id" uuid,
	"referred_by_id" uuid,
	"source_family_id" uuid,
	"partner_reference" text NOT NULL,
	"reason" text NOT NULL,
	"urgency" text NOT NULL,
	"risk_factors" text[] DEFAULT '{}' NOT NULL,
	"consent_confirmed" boolean NOT NULL,
	"consent_note" text,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answer_due_at" timestamp (3) with time zone NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by_id" uuid,
	"decline_reason" text,
	"family_id" uuid,
	"closed_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_consent_confirmed" CHECK ("referrals"."consent_confirmed"),
	CONSTRAINT "referrals_two_organisations" CHECK ("referrals"."from_organisation_id" <> "referrals"."to_organisation_id"),
	CONSTRAINT "referrals_one_sender" CHECK (("referrals"."api_client_id" is null) <> ("referrals"."referred_by_id" is null)),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('received', 'accepted', 'declined', 'case_closed')),
	CONSTRAINT "referrals_urgency_check" CHECK ("referrals"."urgency" in ('urgent', 'routine')),
	CONSTRAINT "referrals_decision" CHECK (case "referrals"."status" when 'received' then "referrals"."decided_at" is null and "referrals"."family_id" is null
        when 'declined' then "referrals"."decided_at" is not null and "referrals"."decline_reason" is not null and "referrals"."family_id" is null
        else "referrals"."decided_at" is not null and "referrals"."family_id" is not null end),
	CONSTRAINT "referrals_closed" CHECK (("referrals"."closed_at" is not null) = ("referrals"."status" = 'case_closed'))
);
--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_persons" ADD CONSTRAINT "referral_persons_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_id_users_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_source_family_id_families_id_fk" FOREIGN KEY ("source_family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("referral_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_persons_position_idx" ON "referral_persons" USING btree ("referral_id","position");--> statement-breakpoint
CREATE INDEX "referral_persons_code_hash_idx" ON "referral_persons" USING btree ("personal_code_hash");--> statement-breakpoint
CREATE INDEX "referrals_inbox_idx" ON "referrals" USING btree ("to_organisation_id","status","answer_due_at");--> statement-breakpoint
CREATE INDEX "referrals_to_received_idx" ON "referrals" USING btree ("to_organisation_id","received_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "referrals_from_received_idx" ON "referrals" USING btree ("from_organisation_id","received_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "referrals_family_idx" ON "referrals" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "referrals_source_family_idx" ON "referrals" USING btree ("source_family_id");--> statement-breakpoint
SELECT app_protect('referrals', 'to_organisation_id = (SELECT app_organisation_id()) OR from_organisation_id = (SELECT app_organisation_id())');--> statement-breakpoint
SELECT app_protect_by_parent('referral_persons', 'referrals', 'referral_id');--> statement-breakpoint
SELECT app_protect_by_parent('referral_events', 'referrals', 'referral_id');
