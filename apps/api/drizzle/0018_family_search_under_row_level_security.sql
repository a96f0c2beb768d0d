-- LIKE is not leakproof, so under row-level security PostgreSQL may not use the trigram indexes for it and
-- scans every family and person. The search runs as the owner instead, re-applying the same scope, and the
-- caller's query still reads the families it returns under row-level security.
CREATE OR REPLACE FUNCTION app_search_family_ids(pattern text) RETURNS SETOF uuid LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  WITH scope AS MATERIALIZED (SELECT app_organisation_id() AS organisation_id, app_shared_family_ids() AS shared)
  SELECT f.id FROM families f, scope
  WHERE f.reference_code ILIKE pattern AND (f.organisation_id = scope.organisation_id OR f.id = ANY (scope.shared))
  UNION
  SELECT m.family_id FROM family_memberships m
  JOIN persons p ON p.id = m.person_id
  JOIN families f ON f.id = m.family_id, scope
  WHERE m.left_at IS NULL AND lower(p.given_name || ' ' || p.family_name) LIKE pattern
    AND (f.organisation_id = scope.organisation_id OR f.id = ANY (scope.shared))
$$;
