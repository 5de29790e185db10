package coop.steward.vendor.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A certification as its vendor sees it: the questionnaire with every answer, what is still missing before it can be
 * attested, and, once attested, the attestation and the certificate.
 */
@Serdeable
record CertificationView(UUID id, UUID vendorId, String guidelineId, String guidelineVersion, String guidelineTitle,
                         CertificationStatus status, Instant startedAt, @Nullable Instant attestedAt,
                         @Nullable LocalDate attestedOn, @Nullable String attesterName, @Nullable String attesterTitle,
                         @Nullable UUID supersedes, @Nullable UUID supersededBy, @Nullable UUID certificateDocumentId,
                         @Nullable String certificateSha256, @Nullable String certificateUrl,
                         @JsonInclude(JsonInclude.Include.ALWAYS) List<String> missing,
                         List<QuestionView> questions) {
}
