-- SHARED_WITH_ORGANIZATION, the status a shared grievance takes, is longer than the column first allowed.
ALTER TABLE grievance MODIFY COLUMN status VARCHAR(32) NOT NULL;
