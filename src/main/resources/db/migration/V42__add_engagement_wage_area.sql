-- A gig may name a finer wage area of its jurisdiction (a metro area, a county, a city) whose minimum or living
-- wage holds it before the jurisdiction's own; null for the gigs recorded before, which keep their hashes.
ALTER TABLE engagement ADD COLUMN wage_area VARCHAR(64) NULL;
