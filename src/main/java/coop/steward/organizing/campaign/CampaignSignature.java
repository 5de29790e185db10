package coop.steward.organizing.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One member's signature: the name they chose to print, or none when they asked to be counted only. */
@MappedEntity("campaign_signature")
record CampaignSignature(@Id UUID id, UUID campaignId, UUID workerId, @Nullable String printedName, Instant signedAt) {

    boolean named() {
        return printedName != null;
    }
}
