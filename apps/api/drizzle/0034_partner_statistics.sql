CREATE INDEX "families_org_municipality_opened_idx" ON "families" USING btree ("organisation_id","municipality","opened_at");--> statement-breakpoint
-- Statistics for partner municipalities. Row-level security rightly hides a centre's families from the
-- municipality, so these functions count across it, as their owner; they answer only the API client the
-- centre issued to the municipality (whatever ids they are given) and return only counts of at least 5,
-- smaller counts as null, so no small number ever leaves the database.
CREATE OR REPLACE FUNCTION app_statistics_caller_is(centre_id uuid, municipality_id uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT municipality_id = app_organisation_id() AND EXISTS (SELECT 1 FROM api_clients c
    WHERE c.id = app_user_id() AND c.organisation_id = centre_id AND c.partner_organisation_id = municipality_id
      AND c.revoked_at IS NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_statistics_publishable(n bigint) RETURNS integer LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN n >= 5 THEN n::integer END $$;
--> statement-breakpoint
-- Calendar months in Vilnius time from `first_month` to `last_month` (first days), with their bounds.
CREATE OR REPLACE FUNCTION app_statistics_months(first_month date, last_month date)
RETURNS TABLE (month date, starts timestamptz, ends timestamptz) LANGUAGE sql STABLE
AS $$
  SELECT m::date, m AT TIME ZONE 'Europe/Vilnius', (m + interval '1 month') AT TIME ZONE 'Europe/Vilnius'
  FROM generate_series(first_month::timestamp, last_month::timestamp, interval '1 month') AS m
$$;
--> statement-breakpoint
-- Referrals from the municipality to the centre, by the month received and current status.
CREATE OR REPLACE FUNCTION app_statistics_referrals(centre_id uuid, municipality_id uuid, first_month date,
  last_month date)
RETURNS TABLE (month date, status text, count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT m.month, r.status, app_statistics_publishable(count(*))
  FROM app_statistics_months(first_month, last_month) m
  JOIN referrals r ON r.from_organisation_id = municipality_id AND r.to_organisation_id = centre_id
    AND r.received_at >= m.starts AND r.received_at < m.ends
  WHERE app_statistics_caller_is(centre_id, municipality_id)
  GROUP BY m.month, r.status
$$;
--> statement-breakpoint
-- The centre's families living in the municipality whose case was open at any time in the month.
CREATE OR REPLACE FUNCTION app_statistics_families_served(centre_id uuid, municipality_id uuid,
  first_month date, last_month date)
RETURNS TABLE (month date, count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT m.month, app_statistics_publishable(count(*))
  FROM app_statistics_months(first_month, last_month) m
  JOIN families f ON f.organisation_id = centre_id
    AND f.municipality = (SELECT o.municipality FROM organisations o WHERE o.id = municipality_id)
    AND f.opened_at < m.ends AND (f.closed_at IS NULL OR f.closed_at >= m.starts)
  WHERE app_statistics_caller_is(centre_id, municipality_id)
  GROUP BY m.month
$$;
--> statement-breakpoint
-- Services the centre delivered to those families, by service and month; a cell is published only when it
-- counts at least 5 deliveries to at least 5 families.
CREATE OR REPLACE FUNCTION app_statistics_services_delivered(centre_id uuid, municipality_id uuid,
  first_month date, last_month date)
RETURNS TABLE (service_id uuid, code text, name_lt text, name_en text, month date, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  SELECT s.id, s.code, s.name_lt, s.name_en, m.month,
    CASE WHEN count(DISTINCT d.family_id) >= 5 THEN app_statistics_publishable(count(*)) END
  FROM app_statistics_months(first_month, last_month) m
  JOIN delivered_services d ON d.organisation_id = centre_id
    AND d.delivered_at >= m.starts AND d.delivered_at < m.ends
  JOIN families f ON f.id = d.family_id AND f.organisation_id = centre_id
    AND f.municipality = (SELECT o.municipality FROM organisations o WHERE o.id = municipality_id)
  JOIN services s ON s.id = d.service_id
  WHERE app_statistics_caller_is(centre_id, municipality_id)
  GROUP BY s.id, m.month
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_statistics_referrals(uuid, uuid, date, date),
  app_statistics_families_served(uuid, uuid, date, date),
  app_statistics_services_delivered(uuid, uuid, date, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_statistics_referrals(uuid, uuid, date, date),
  app_statistics_families_served(uuid, uuid, date, date),
  app_statistics_services_delivered(uuid, uuid, date, date) TO onestop_app;
