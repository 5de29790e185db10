package coop.steward.organizing.campaign;

import coop.steward.common.validation.Language;
import coop.steward.organizing.OrganizationView;
import coop.steward.vendor.VendorView;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Makes what a delivery hands the vendor: the collective pack, and the signed PDF/A-3b letter that carries it. */
@Singleton
class CampaignDelivery {

    Delivered deliver(LetterFacts facts, UUID organizerId) {
        throw new UnsupportedOperationException("letters arrive with the signed documents");
    }

    Optional<byte[]> pdf(UUID letterId) {
        return Optional.empty();
    }

    /** What the letter says. */
    record LetterFacts(UUID campaignId, OrganizationView organization, VendorView vendor, String title, String demand,
                       int signatures, List<String> names, LocalDate respondBy, Language language, Instant deliveredAt) {
    }

    /** The letter and the pack it carries, as stored and signed. */
    record Delivered(UUID letterId, String letterSha256, UUID packId, String packSha256) {
    }
}
