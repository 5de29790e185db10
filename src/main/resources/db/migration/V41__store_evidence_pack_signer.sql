-- The certificate that signed each pack, kept with it: a pack signed before the instance's key was rotated must
-- still verify. Packs made before this column existed were signed by the key the instance had then; they have
-- none stored and are checked against the current key.
ALTER TABLE evidence_pack ADD COLUMN signer_certificate_sha256 CHAR(64) NULL;
ALTER TABLE evidence_pack ADD COLUMN signer_certificate LONGBLOB NULL;
