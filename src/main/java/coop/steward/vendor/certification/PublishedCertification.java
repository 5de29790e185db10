package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attested self-certification as the public sees it. {@code supersededBy} names the later certification of the
 * same vendor against the same guideline that replaced it (the old one stays public). The certificate is the signed
 * PDF, verifiable at {@code /api/verify} with its document id and SHA-256.
 */
@Serdeable
public record PublishedCertification(UUID id, UUID vendorId, String guidelineId, String guidelineVersion,
                                     Instant attestedAt, String attestedBy, String attesterTitle,
                                     @Nullable UUID supersededBy, UUID certificateDocumentId, String certificateSha256,
                                     List<PublishedAnswer> answers) {

    public PublishedCertification {
        answers = List.copyOf(answers);
    }
}
