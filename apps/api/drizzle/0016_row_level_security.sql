-- Row-level security: every signed-in request runs as onestop_app with app.organisation_id and app.user_id
-- set for its transaction, so a query that forgets a filter still returns nothing of another organisation.
-- Migrations, the demo seed and sign-in run as the tables' owner, which row-level security does not bind.
DO $$
BEGIN
  CREATE ROLE onestop_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT onestop_app TO %I', current_user);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO onestop_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO onestop_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO onestop_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON family_reference_counters TO onestop_app;
--> statement-breakpoint
ALTER TABLE partnerships ADD CONSTRAINT partnerships_never_overlap EXCLUDE USING gist (
  organisation_id WITH =, partner_organisation_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&
) WHERE (ended_at IS NULL);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_organisation_id() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_vilnius_today() RETURNS date LANGUAGE sql STABLE
AS $$ SELECT (now() AT TIME ZONE 'Europe/Vilnius')::date $$;
--> statement-breakpoint
-- Accepted, not ended, and today within its dates.
CREATE OR REPLACE FUNCTION app_partnership_live(p partnerships) RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT p.accepted_at IS NOT NULL AND p.ended_at IS NULL AND p.starts_on <= app_vilnius_today()
  AND (p.ends_on IS NULL OR p.ends_on >= app_vilnius_today()) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_partnered_organisation_ids() RETURNS uuid[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  SELECT coalesce(array_agg(DISTINCT CASE WHEN p.organisation_id = app_organisation_id()
    THEN p.partner_organisation_id ELSE p.organisation_id END), '{}')
  FROM partnerships p
  WHERE app_organisation_id() IN (p.organisation_id, p.partner_organisation_id) AND app_partnership_live(p)
$$;
--> statement-breakpoint
-- Organisations that ever agreed a partnership with the current one: their staff's names stay readable on
-- the records they wrote after the partnership ends.
CREATE OR REPLACE FUNCTION app_related_organisation_ids() RETURNS uuid[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  SELECT coalesce(array_agg(DISTINCT CASE WHEN p.organisation_id = app_organisation_id()
    THEN p.partner_organisation_id ELSE p.organisation_id END), '{}')
  FROM partnerships p
  WHERE app_organisation_id() IN (p.organisation_id, p.partner_organisation_id) AND p.accepted_at IS NOT NULL
$$;
--> statement-breakpoint
-- Some current adult member said yes to sharing with partner organisations and no current member says no.
CREATE OR REPLACE FUNCTION app_family_shares_with_partners(family uuid) RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  WITH latest AS (
    SELECT DISTINCT ON (c.person_id) c.person_id, c.given, p.birth_date
    FROM consents c
    JOIN family_memberships m ON m.person_id = c.person_id AND m.family_id = family AND m.left_at IS NULL
    JOIN persons p ON p.id = c.person_id
    WHERE c.family_id = family AND c.purpose = 'share_with_partners'
    ORDER BY c.person_id, c.recorded_at DESC, c.id DESC
  )
  SELECT EXISTS (SELECT 1 FROM latest WHERE given AND birth_date <= app_vilnius_today() - interval '18 years')
    AND NOT EXISTS (SELECT 1 FROM latest WHERE NOT given)
$$;
--> statement-breakpoint
-- Families of another organisation the current user works on as partner staff: on the case team, under a
-- live partnership from the family's organisation to the user's, and with the family's consent.
CREATE OR REPLACE FUNCTION app_shared_family_ids() RETURNS uuid[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  SELECT coalesce(array_agg(f.id), '{}')
  FROM case_team_members m
  JOIN families f ON f.id = m.family_id
  WHERE m.user_id = app_user_id() AND m.removed_at IS NULL AND f.organisation_id <> app_organisation_id()
    AND EXISTS (SELECT 1 FROM partnerships p WHERE p.organisation_id = f.organisation_id
      AND p.partner_organisation_id = app_organisation_id() AND app_partnership_live(p))
    AND app_family_shares_with_partners(f.id)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_shared_person_ids() RETURNS uuid[] LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  SELECT coalesce(array_agg(m.person_id), '{}') FROM family_memberships m
  WHERE m.family_id = ANY (app_shared_family_ids())
$$;
--> statement-breakpoint
-- Protects a table: `own` decides every read and write, `also_readable` widens reads (partners' rows).
CREATE OR REPLACE FUNCTION app_protect(tbl regclass, own text, also_readable text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO onestop_app', tbl);
  EXECUTE format('DROP POLICY IF EXISTS organisation_data ON %s', tbl);
  EXECUTE format('CREATE POLICY organisation_data ON %s TO onestop_app USING (%s) WITH CHECK (%s)', tbl, own, own);
  EXECUTE format('DROP POLICY IF EXISTS shared_read ON %s', tbl);
  IF also_readable IS NOT NULL THEN
    EXECUTE format('CREATE POLICY shared_read ON %s FOR SELECT TO onestop_app USING (%s)', tbl, also_readable);
  END IF;
END $$;
--> statement-breakpoint
-- Every table hanging off a family is visible exactly when its family is.
CREATE OR REPLACE FUNCTION app_protect_by_family(tbl regclass, family_column text DEFAULT 'family_id')
RETURNS void LANGUAGE sql AS $$
  SELECT app_protect(tbl, format('EXISTS (SELECT 1 FROM families f WHERE f.id = %I)', family_column))
$$;
--> statement-breakpoint
-- A child row is visible and writable exactly when its parent row is.
CREATE OR REPLACE FUNCTION app_protect_by_parent(tbl regclass, parent regclass, parent_column text)
RETURNS void LANGUAGE sql AS $$
  SELECT app_protect(tbl, format('EXISTS (SELECT 1 FROM %s parent WHERE parent.id = %I)', parent, parent_column))
$$;
--> statement-breakpoint
SELECT app_protect('organisations', 'id = (SELECT app_organisation_id())', 'true');
--> statement-breakpoint
SELECT app_protect('partnerships',
  '(SELECT app_organisation_id()) IN (organisation_id, partner_organisation_id)');
--> statement-breakpoint
SELECT app_protect_by_parent('partnership_services', 'partnerships', 'partnership_id');
--> statement-breakpoint
SELECT app_protect('users', 'organisation_id = (SELECT app_organisation_id())',
  'organisation_id = ANY ((SELECT app_related_organisation_ids())::uuid[])');
--> statement-breakpoint
SELECT app_protect(t, 'organisation_id = (SELECT app_organisation_id())',
  'organisation_id = ANY ((SELECT app_partnered_organisation_ids())::uuid[])')
FROM unnest(ARRAY['sites', 'services', 'group_runs']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect('rooms',
  'EXISTS (SELECT 1 FROM sites s WHERE s.id = site_id AND s.organisation_id = (SELECT app_organisation_id()))',
  'EXISTS (SELECT 1 FROM sites s WHERE s.id = site_id)');
--> statement-breakpoint
SELECT app_protect(t,
  'EXISTS (SELECT 1 FROM users u WHERE u.id = user_id AND u.organisation_id = (SELECT app_organisation_id()))',
  CASE WHEN t IN ('working_hours'::regclass, 'absences'::regclass)
    THEN 'EXISTS (SELECT 1 FROM users u WHERE u.id = user_id)' END)
FROM unnest(ARRAY['sessions', 'recovery_codes', 'calendar_feeds', 'working_hours', 'absences']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_parent('refresh_tokens', 'sessions', 'session_id');
--> statement-breakpoint
SELECT app_protect('idempotency_keys', 'actor_id = (SELECT app_user_id())');
--> statement-breakpoint
SELECT app_protect('reservations',
  'EXISTS (SELECT 1 FROM users u WHERE u.id = resource_id) OR EXISTS (SELECT 1 FROM rooms r WHERE r.id = resource_id)');
--> statement-breakpoint
SELECT app_protect('audit_log', 'organisation_id = (SELECT app_organisation_id())',
  'data_organisation_id = (SELECT app_organisation_id())');
--> statement-breakpoint
SELECT app_protect('families',
  'organisation_id = (SELECT app_organisation_id()) OR id = ANY ((SELECT app_shared_family_ids())::uuid[])');
--> statement-breakpoint
SELECT app_protect('persons',
  'organisation_id = (SELECT app_organisation_id()) OR id = ANY ((SELECT app_shared_person_ids())::uuid[])');
--> statement-breakpoint
SELECT app_protect('break_glass_grants', 'organisation_id = (SELECT app_organisation_id())');
--> statement-breakpoint
SELECT app_protect(t, 'organisation_id = (SELECT app_organisation_id()) OR EXISTS (SELECT 1 FROM families f WHERE f.id = family_id)')
FROM unnest(ARRAY['appointments', 'delivered_services']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_family(t)
FROM unnest(ARRAY['family_memberships', 'family_status_changes', 'case_team_members', 'needs_assessments',
  'case_plan_goals', 'case_plan_reviews', 'case_conferences', 'case_notes', 'consents', 'enrolments',
  'service_packages']::regclass[]) AS t;
--> statement-breakpoint
SELECT app_protect_by_parent('needs_assessment_items', 'needs_assessments', 'assessment_id');
--> statement-breakpoint
SELECT app_protect_by_parent('case_plan_review_goals', 'case_plan_reviews', 'review_id');
--> statement-breakpoint
SELECT app_protect_by_parent('case_conference_participants', 'case_conferences', 'conference_id');
--> statement-breakpoint
SELECT app_protect_by_parent('case_conference_steps', 'case_conferences', 'conference_id');
--> statement-breakpoint
SELECT app_protect_by_parent('case_note_versions', 'case_notes', 'note_id');
--> statement-breakpoint
SELECT app_protect_by_parent('appointment_participants', 'appointments', 'appointment_id');
--> statement-breakpoint
SELECT app_protect_by_parent('group_sessions', 'group_runs', 'run_id');
--> statement-breakpoint
SELECT app_protect_by_parent('group_run_facilitators', 'group_runs', 'run_id');
--> statement-breakpoint
SELECT app_protect_by_parent('session_attendance', 'group_sessions', 'session_id');
--> statement-breakpoint
-- The services named in a partnership, for both parties: the partner's admin must see what it accepts
-- before the partnership makes the owner's catalogue readable.
CREATE OR REPLACE FUNCTION app_partnership_services(partnership uuid)
RETURNS TABLE (id uuid, name_lt text, name_en text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT s.id, s.name_lt, s.name_en FROM partnership_services ps
  JOIN services s ON s.id = ps.service_id
  JOIN partnerships p ON p.id = ps.partnership_id
  WHERE ps.partnership_id = partnership AND app_organisation_id() IN (p.organisation_id, p.partner_organisation_id)
  ORDER BY s.name_lt
$$;
