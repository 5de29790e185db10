package coop.steward.organizing.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign as a member of its organization sees it on the phone, with their own signature if they gave one. */
@Serdeable
public record MemberCampaignView(UUID id, UUID organizationId, String organizationName, String vendorName,
                                 String title, String letter, int goal, LocalDate respondBy, CampaignState state,
                                 boolean overdue, SignatureCount signatures, boolean takesSignatures,
                                 @Nullable MySignature mySignature, @Nullable CampaignView.VendorResponse response) {

    /** The member's own signature: named with the name they typed, or counted only. */
    @Serdeable
    public record MySignature(boolean named, @Nullable String printedName, Instant signedAt) {
    }
}
