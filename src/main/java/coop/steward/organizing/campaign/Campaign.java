package coop.steward.organizing.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign of one organization against one canonical vendor, with what its delivery froze. */
@MappedEntity("campaign")
record Campaign(@Id UUID id, UUID organizationId, UUID vendorId, String title, String letter, int goal,
                LocalDate respondBy, String language, CampaignState state, @Nullable UUID createdBy, Instant createdAt,
                @Nullable Instant openedAt, @Nullable Instant deliveredAt, @Nullable Instant closedAt,
                @Nullable Integer deliveredCount, @Nullable UUID letterDocumentId, @Nullable String letterSha256,
                @Nullable UUID packId, @Nullable String packSha256, @Nullable LocalDate respondedOn,
                @Nullable String responseSummary) {

    Campaign edited(String newTitle, String newLetter, int newGoal, LocalDate newRespondBy, String newLanguage) {
        return new Campaign(id, organizationId, vendorId, newTitle, newLetter, newGoal, newRespondBy, newLanguage, state,
                createdBy, createdAt, openedAt, deliveredAt, closedAt, deliveredCount, letterDocumentId, letterSha256,
                packId, packSha256, respondedOn, responseSummary);
    }

    Campaign opened(Instant at) {
        return new Campaign(id, organizationId, vendorId, title, letter, goal, respondBy, language, CampaignState.OPEN,
                createdBy, createdAt, at, deliveredAt, closedAt, deliveredCount, letterDocumentId, letterSha256,
                packId, packSha256, respondedOn, responseSummary);
    }

    Campaign delivered(Instant at, int count, UUID documentId, String documentSha256, UUID collectivePackId,
                       String collectivePackSha256) {
        return new Campaign(id, organizationId, vendorId, title, letter, goal, respondBy, language,
                CampaignState.DELIVERED, createdBy, createdAt, openedAt, at, closedAt, count, documentId,
                documentSha256, collectivePackId, collectivePackSha256, respondedOn, responseSummary);
    }

    Campaign responded(LocalDate on, String summary) {
        return new Campaign(id, organizationId, vendorId, title, letter, goal, respondBy, language,
                CampaignState.RESPONDED, createdBy, createdAt, openedAt, deliveredAt, closedAt, deliveredCount,
                letterDocumentId, letterSha256, packId, packSha256, on, summary);
    }

    Campaign closed(Instant at) {
        return new Campaign(id, organizationId, vendorId, title, letter, goal, respondBy, language, CampaignState.CLOSED,
                createdBy, createdAt, openedAt, deliveredAt, at, deliveredCount, letterDocumentId, letterSha256,
                packId, packSha256, respondedOn, responseSummary);
    }

    /** Delivered, the vendor has not answered, and the day it was given to respond has passed. */
    boolean overdue(LocalDate today) {
        return state == CampaignState.DELIVERED && today.isAfter(respondBy);
    }

    /** Signatures may be given, changed or withdrawn only while the campaign is open. */
    boolean takesSignatures() {
        return state == CampaignState.OPEN;
    }
}
