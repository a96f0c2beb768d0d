ALTER TABLE "families" DROP CONSTRAINT "families_referral_source_check";--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_referral_source_check" CHECK ("families"."referral_source" in ('child_rights_service', 'self', 'police', 'school', 'health_care', 'partner_organisation', 'other'));--> statement-breakpoint
-- Whom a referrer calls about an accepted referral: the responsible case manager of the family it was
-- accepted into, whose organisation the referrer cannot otherwise read. Only for the referral's sender.
CREATE OR REPLACE FUNCTION app_referral_contacts(referral_ids uuid[])
RETURNS TABLE (referral_id uuid, name text, email text) LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public
AS $$
  SELECT r.id, u.name, u.email
  FROM referrals r
  JOIN families f ON f.id = r.family_id
  JOIN users u ON u.id = f.case_manager_id
  WHERE r.id = ANY (referral_ids) AND r.from_organisation_id = app_organisation_id()
    AND r.status IN ('accepted', 'case_closed')
$$;
