package coop.steward.organizing.collective;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A collective pack as stored: what it is about and its digest; the PDF is the signed document of the same id. */
@MappedEntity("collective_pack")
record CollectivePack(
        @Id UUID id,
        UUID organizationId,
        String vendor,
        String vendorName,
        String windowFirst,
        String windowLast,
        String language,
        int k,
        String guidelineIds,
        int met,
        int breached,
        int notEnoughData,
        @Nullable UUID createdBy,
        Instant createdAt,
        String sha256,
        int pageCount,
        long sizeBytes) {

    CollectivePackView view() {
        return new CollectivePackView(id, organizationId, vendor, vendorName, windowFirst, windowLast, language, k,
                List.copyOf(Arrays.asList(guidelineIds.split(","))), met, breached, notEnoughData, createdAt, sha256,
                pageCount, sizeBytes);
    }
}
