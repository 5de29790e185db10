package coop.steward.vendor.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Starts a self-certification against a shipped guideline; the version, when given, must be the one in force. */
@Serdeable
record StartCertificationRequest(@NotBlank @Size(max = 64) String guidelineId,
                                 @Nullable @Size(max = 64) String guidelineVersion) {
}
