ALTER TABLE "group_runs" DROP COLUMN "methodology";--> statement-breakpoint
ALTER TABLE "services" DROP COLUMN "methodology";