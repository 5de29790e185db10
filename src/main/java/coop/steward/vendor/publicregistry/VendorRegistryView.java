package coop.steward.vendor.publicregistry;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What a vendor sees of itself: its published figures (k-suppressed, the same the public sees, never a worker) and
 * its contested claims with the published findings that contest them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record VendorRegistryView(UUID vendorId, String name, String page, RegistryVendor.Records records,
                          List<ContestedClaim> contested) {

    /** A contested claim of the current certification, why (the breached published findings) and what was answered. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ContestedClaim(UUID certificationId, String guidelineId, String criterionId, String question, String answer,
                          List<RegistryVendor.Finding> why, List<RegistryVendor.Response> responses, String respond) {
    }
}
