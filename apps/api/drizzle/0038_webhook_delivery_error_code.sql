ALTER TABLE "webhook_deliveries" ADD COLUMN "last_error_code" text;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_last_error_code_check" CHECK ("webhook_deliveries"."last_error_code" in ('receiver_error', 'unreachable', 'target_not_allowed', 'subscription_disabled', 'client_revoked', 'consent_withdrawn'));--> statement-breakpoint
UPDATE "webhook_deliveries" SET "last_error_code" = CASE
  WHEN "status" = 'withheld' THEN 'consent_withdrawn'
  WHEN "last_error" = 'The subscription was disabled.' THEN 'subscription_disabled'
  WHEN "last_error" = 'The API client was revoked.' THEN 'client_revoked'
  WHEN "last_status_code" IS NOT NULL THEN 'receiver_error'
  WHEN "last_error" LIKE '%public address%' OR "last_error" LIKE '%does not resolve%' THEN 'target_not_allowed'
  ELSE 'unreachable'
END WHERE "last_error" IS NOT NULL;
