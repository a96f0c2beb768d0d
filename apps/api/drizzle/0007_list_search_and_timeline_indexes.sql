DROP INDEX "persons_given_name_trgm_idx";--> statement-breakpoint
DROP INDEX "persons_family_name_trgm_idx";--> statement-breakpoint
DROP INDEX "audit_log_org_at_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_at_idx";--> statement-breakpoint
DROP INDEX "audit_log_entity_at_idx";--> statement-breakpoint
DROP INDEX "audit_log_action_at_idx";--> statement-breakpoint
DROP INDEX "break_glass_grants_org_review_idx";--> statement-breakpoint
DROP INDEX "case_team_members_family_idx";--> statement-breakpoint
DROP INDEX "case_conferences_family_idx";--> statement-breakpoint
DROP INDEX "case_notes_family_idx";--> statement-breakpoint
DROP INDEX "case_plan_reviews_family_idx";--> statement-breakpoint
DROP INDEX "consents_person_purpose_idx";--> statement-breakpoint
DROP INDEX "consents_family_idx";--> statement-breakpoint
DROP INDEX "needs_assessments_family_idx";--> statement-breakpoint
DROP INDEX "families_org_opened_idx";--> statement-breakpoint
DROP INDEX "families_case_manager_idx";--> statement-breakpoint
DROP INDEX "families_org_status_idx";--> statement-breakpoint
DROP INDEX "family_memberships_family_idx";--> statement-breakpoint
CREATE INDEX "families_opened_idx" ON "families" USING btree ("opened_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "persons_full_name_trgm_idx" ON "persons" USING gin (lower("given_name" || ' ' || "family_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "audit_log_org_at_idx" ON "audit_log" USING btree ("organisation_id","at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_actor_at_idx" ON "audit_log" USING btree ("actor_id","at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_entity_at_idx" ON "audit_log" USING btree ("entity_type","entity_id","at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "audit_log_action_at_idx" ON "audit_log" USING btree ("action","at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "break_glass_grants_org_review_idx" ON "break_glass_grants" USING btree ("organisation_id","reviewed_at","granted_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_team_members_family_idx" ON "case_team_members" USING btree ("family_id","added_at");--> statement-breakpoint
CREATE INDEX "case_conferences_family_idx" ON "case_conferences" USING btree ("family_id","held_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_notes_family_idx" ON "case_notes" USING btree ("family_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_plan_reviews_family_idx" ON "case_plan_reviews" USING btree ("family_id","reviewed_on" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consents_person_purpose_idx" ON "consents" USING btree ("person_id","purpose","recorded_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "consents_family_idx" ON "consents" USING btree ("family_id","recorded_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_assessments_family_idx" ON "needs_assessments" USING btree ("family_id","assessed_on" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "families_org_opened_idx" ON "families" USING btree ("organisation_id","opened_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "families_case_manager_idx" ON "families" USING btree ("case_manager_id","opened_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "families_org_status_idx" ON "families" USING btree ("organisation_id","status","opened_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "family_memberships_family_idx" ON "family_memberships" USING btree ("family_id","joined_at");