package coop.steward.organizing.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campaign as its organizers see it. {@code namedSigners} holds the names printed by those who chose to be
 * named, and only once the count reaches k (empty before, so no signer is known while few have signed).
 */
@Serdeable
public record CampaignView(UUID id, UUID organizationId, String organizationName, UUID vendorId, String vendorName,
                           String title, String letter, int goal, LocalDate respondBy, String language,
                           CampaignState state, boolean overdue, Instant createdAt, @Nullable Instant openedAt,
                           @Nullable Instant deliveredAt, @Nullable Instant closedAt, SignatureCount signatures,
                           @JsonInclude(JsonInclude.Include.ALWAYS) List<String> namedSigners,
                           @Nullable Delivery delivery, @Nullable VendorResponse response) {

    /** What the delivery produced: the signed letter and the collective pack inside it, both verifiable. */
    @Serdeable
    public record Delivery(UUID letterId, String letterSha256, UUID collectivePackId, String collectivePackSha256,
                           int signatures) {
    }

    /** The vendor's answer as the organizer recorded it. */
    @Serdeable
    public record VendorResponse(LocalDate respondedOn, String summary) {
    }
}
