package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;

import java.util.List;
import java.util.UUID;

/** The guideline criteria the organization's published figures show a vendor breaching (never suppressed ones). */
interface BreachedFindings {

    List<Breach> of(UUID organizationId, UUID organizerId, UUID vendorId, Language language);

    /** One breached criterion, in the words of the findings. */
    record Breach(String principle, String text, String figure, String threshold) {
    }
}
