-- Families served in a month are those opened before its end and not closed before its start. A case closes
-- after it opens, so that is: opened by the end of the month, less closed before its start. Both are running
-- totals of monthly counts, read in one pass over the centre's families of the municipality, instead of
-- reading every family opened before each month's end once per month. With the two below, the statistics
-- request for 36 months of 200,000 referrals and 50,000 families went from 390 to 130 ms (`pnpm bench:referrals`).
CREATE OR REPLACE FUNCTION app_statistics_families_served(centre_id uuid, municipality_id uuid,
  first_month date, last_month date)
RETURNS TABLE (month date, count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  WITH months AS (SELECT * FROM app_statistics_months(first_month, last_month)),
  served AS (
    SELECT (date_trunc('month', f.opened_at AT TIME ZONE 'Europe/Vilnius'))::date AS opened_month,
      (date_trunc('month', f.closed_at AT TIME ZONE 'Europe/Vilnius'))::date AS closed_month
    FROM families f
    WHERE f.organisation_id = centre_id
      AND f.municipality = (SELECT o.municipality FROM organisations o WHERE o.id = municipality_id)
      AND f.opened_at < (SELECT max(ends) FROM months)
      AND (f.closed_at IS NULL OR f.closed_at >= (SELECT min(starts) FROM months))
  ),
  -- Materialized: a few rows a month, read once per month of the period.
  opened AS MATERIALIZED (SELECT opened_month AS month, count(*) AS n FROM served GROUP BY 1),
  closed AS MATERIALIZED (
    SELECT closed_month AS month, count(*) AS n FROM served WHERE closed_month IS NOT NULL GROUP BY 1
  )
  SELECT m.month, app_statistics_publishable(
    ((SELECT coalesce(sum(o.n), 0) FROM opened o WHERE o.month <= m.month)
      - (SELECT coalesce(sum(c.n), 0) FROM closed c WHERE c.month < m.month))::bigint)
  FROM months m
  WHERE app_statistics_caller_is(centre_id, municipality_id)
$$;
--> statement-breakpoint
-- Referrals by the Vilnius month received and status, in one pass over the period's referrals rather than a
-- join per month.
CREATE OR REPLACE FUNCTION app_statistics_referrals(centre_id uuid, municipality_id uuid, first_month date,
  last_month date)
RETURNS TABLE (month date, status text, count integer) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  -- The caller is checked once, with the months: no months, no rows.
  WITH months AS (
    SELECT * FROM app_statistics_months(first_month, last_month)
    WHERE app_statistics_caller_is(centre_id, municipality_id)
  )
  SELECT (date_trunc('month', r.received_at AT TIME ZONE 'Europe/Vilnius'))::date, r.status,
    app_statistics_publishable(count(*))
  FROM referrals r
  WHERE r.from_organisation_id = municipality_id AND r.to_organisation_id = centre_id
    AND r.received_at >= (SELECT min(starts) FROM months) AND r.received_at < (SELECT max(ends) FROM months)
  GROUP BY 1, 2
$$;
--> statement-breakpoint
-- Services delivered to those families, by service and Vilnius month, the same way: one pass over the period.
CREATE OR REPLACE FUNCTION app_statistics_services_delivered(centre_id uuid, municipality_id uuid,
  first_month date, last_month date)
RETURNS TABLE (service_id uuid, code text, name_lt text, name_en text, month date, count integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
  WITH months AS (
    SELECT * FROM app_statistics_months(first_month, last_month)
    WHERE app_statistics_caller_is(centre_id, municipality_id)
  )
  SELECT s.id, s.code, s.name_lt, s.name_en,
    (date_trunc('month', d.delivered_at AT TIME ZONE 'Europe/Vilnius'))::date,
    CASE WHEN count(DISTINCT d.family_id) >= 5 THEN app_statistics_publishable(count(*)) END
  FROM delivered_services d
  JOIN families f ON f.id = d.family_id AND f.organisation_id = centre_id
    AND f.municipality = (SELECT o.municipality FROM organisations o WHERE o.id = municipality_id)
  JOIN services s ON s.id = d.service_id
  WHERE d.organisation_id = centre_id
    AND d.delivered_at >= (SELECT min(starts) FROM months) AND d.delivered_at < (SELECT max(ends) FROM months)
  GROUP BY s.id, 5
$$;
