CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"referral_event_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp (3) with time zone,
	"last_status_code" integer,
	"last_error" text,
	"delivered_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("webhook_deliveries"."status" in ('pending', 'delivered', 'failed', 'withheld')),
	CONSTRAINT "webhook_deliveries_event_type_check" CHECK ("webhook_deliveries"."event_type" in ('referral.accepted', 'referral.declined', 'case.closed')),
	CONSTRAINT "webhook_deliveries_delivered" CHECK (("webhook_deliveries"."delivered_at" is not null) = ("webhook_deliveries"."status" = 'delivered'))
);
--> statement-breakpoint
CREATE TABLE "webhook_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"api_client_id" uuid NOT NULL,
	"url" text NOT NULL,
	"events" text[] NOT NULL,
	"secret_encrypted" text NOT NULL,
	"disabled_at" timestamp (3) with time zone,
	"disabled_reason" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "webhook_subscriptions_events_check" CHECK (cardinality("webhook_subscriptions"."events") > 0 and "webhook_subscriptions"."events" <@ array['referral.accepted', 'referral.declined', 'case.closed']::text[]),
	CONSTRAINT "webhook_subscriptions_disabled" CHECK (("webhook_subscriptions"."disabled_at" is null) = ("webhook_subscriptions"."disabled_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_referral_event_id_referral_events_id_fk" FOREIGN KEY ("referral_event_id") REFERENCES "public"."referral_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_api_client_id_api_clients_id_fk" FOREIGN KEY ("api_client_id") REFERENCES "public"."api_clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" USING btree ("subscription_id","referral_event_id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_log_idx" ON "webhook_deliveries" USING btree ("subscription_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_organisation_idx" ON "webhook_subscriptions" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_client_idx" ON "webhook_subscriptions" USING btree ("api_client_id");--> statement-breakpoint
SELECT app_protect('webhook_subscriptions', 'organisation_id = (SELECT app_organisation_id())',
  'EXISTS (SELECT 1 FROM api_clients c WHERE c.id = api_client_id AND c.organisation_id = (SELECT app_organisation_id()))');--> statement-breakpoint
SELECT app_protect('webhook_deliveries', 'organisation_id = (SELECT app_organisation_id())',
  'EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.id = subscription_id)');--> statement-breakpoint
-- The outbox, written in the transaction that writes the referral event: one pending delivery per active
-- subscription of the referring municipality, through a working client the receiving centre issued. The
-- payload is built now and names no family member; its contact is the family's responsible case manager, as
-- in the referral's own view. SECURITY DEFINER: the event is written as the centre, the subscriptions belong to the municipality.
CREATE OR REPLACE FUNCTION app_queue_webhook_deliveries() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public
AS $$
DECLARE
  r referrals%ROWTYPE;
  contact jsonb;
  s record;
  delivery uuid;
BEGIN
  IF NEW.type NOT IN ('referral.accepted', 'referral.declined', 'case.closed') THEN
    RETURN NEW;
  END IF;
  SELECT * INTO r FROM referrals WHERE id = NEW.referral_id;
  IF r.api_client_id IS NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.type = 'referral.accepted' AND r.family_id IS NOT NULL THEN
    SELECT jsonb_build_object('name', u.name, 'email', u.email) INTO contact
    FROM families f JOIN users u ON u.id = f.case_manager_id WHERE f.id = r.family_id;
  END IF;
  FOR s IN
    SELECT ws.id, ws.organisation_id FROM webhook_subscriptions ws
    JOIN api_clients c ON c.id = ws.api_client_id
    WHERE ws.organisation_id = r.from_organisation_id AND c.organisation_id = r.to_organisation_id
      AND c.revoked_at IS NULL AND ws.disabled_at IS NULL AND NEW.type = ANY (ws.events)
  LOOP
    delivery := gen_random_uuid();
    INSERT INTO webhook_deliveries (id, subscription_id, organisation_id, referral_event_id, event_type, payload, next_attempt_at)
    VALUES (delivery, s.id, s.organisation_id, NEW.id, NEW.type,
      jsonb_build_object('id', delivery, 'type', NEW.type,
        'occurredAt', to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'data', jsonb_strip_nulls(jsonb_build_object('referralId', r.id, 'partnerReference', r.partner_reference,
          'status', r.status, 'declineReason', r.decline_reason, 'contactPerson', contact))),
      NEW.occurred_at)
    ON CONFLICT (subscription_id, referral_event_id) DO NOTHING;
  END LOOP;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER referral_events_queue_webhooks AFTER INSERT ON referral_events
  FOR EACH ROW EXECUTE FUNCTION app_queue_webhook_deliveries();
