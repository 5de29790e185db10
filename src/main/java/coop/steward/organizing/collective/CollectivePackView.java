package coop.steward.organizing.collective;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A collective pack as its organization's organizers see it; verify it at /api/verify with its id and SHA-256. */
@Serdeable
public record CollectivePackView(
        UUID id,
        UUID organizationId,
        String vendor,
        String vendorName,
        String windowFirst,
        String windowLast,
        String language,
        int k,
        List<String> guidelineIds,
        int met,
        int breached,
        int notEnoughData,
        Instant createdAt,
        String sha256,
        int pageCount,
        long sizeBytes) {
}
