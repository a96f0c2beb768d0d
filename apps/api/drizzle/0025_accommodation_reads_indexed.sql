-- Occupancy asks of every stay ended in its range whether a move continues it; an index on the stay moved
-- from answers that (uuid equality is leakproof, so row-level security does not keep it from being used).
CREATE INDEX "stays_moved_from_idx" ON "stays" USING btree ("moved_from_stay_id") WHERE "stays"."moved_from_stay_id" is not null;