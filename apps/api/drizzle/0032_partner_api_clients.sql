CREATE TABLE "api_client_secrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_client_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"hint" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by_id" uuid,
	"last_token_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "api_clients_scopes_check" CHECK (cardinality("api_clients"."scopes") > 0 and "api_clients"."scopes" <@ array['referrals:write', 'referrals:read', 'statistics:read', 'webhooks:manage']::text[]),
	CONSTRAINT "api_clients_two_organisations" CHECK ("api_clients"."organisation_id" <> "api_clients"."partner_organisation_id"),
	CONSTRAINT "api_clients_revoked" CHECK (("api_clients"."revoked_at" is null) = ("api_clients"."revoked_by_id" is null))
);
--> statement-breakpoint
ALTER TABLE "api_client_secrets" ADD CONSTRAINT "api_client_secrets_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_client_secrets_hash_idx" ON "api_client_secrets" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_client_secrets_client_idx" ON "api_client_secrets" USING btree ("api_client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_client_secrets_one_current_idx" ON "api_client_secrets" USING btree ("api_client_id") WHERE "api_client_secrets"."expires_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "api_clients_client_id_idx" ON "api_clients" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "api_clients_organisation_idx" ON "api_clients" USING btree ("organisation_id","partner_organisation_id");--> statement-breakpoint
CREATE INDEX "api_clients_partner_idx" ON "api_clients" USING btree ("partner_organisation_id");--> statement-breakpoint
SELECT app_protect('api_clients', 'organisation_id = (SELECT app_organisation_id())', 'partner_organisation_id = (SELECT app_organisation_id())');--> statement-breakpoint
SELECT app_protect_by_parent('api_client_secrets', 'api_clients', 'api_client_id');
