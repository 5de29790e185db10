package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;

import java.util.UUID;

/** Where a delivery gets the organization's signed collective pack for the campaign's vendor. */
interface CollectiveEvidence {

    Pack create(UUID organizationId, UUID organizerId, UUID vendorId, Language language);

    /** A signed collective pack: its id, the SHA-256 of its file, and the file. */
    record Pack(UUID id, String sha256, byte[] pdf) {
    }
}
