package coop.steward.vendor.publicregistry;

import coop.steward.vendor.VendorKind;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A vendor as the public registry shows it: its names, what consenting workers' records show about it (published
 * cells only), and every certification it attested, each claim beside the records' finding for its criterion.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RegistryVendor(UUID id, String name, VendorKind kind, @Nullable String country, @Nullable String website,
                      List<String> aliases, List<CodeName> codeNames, Records records,
                      List<Certification> certifications) {

    /** A project code name, with the client it is for when the registry knows it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CodeName(String name, @Nullable String client) {
    }

    /** The vendor's figures over the window (its months, {@code 2026-01}), per jurisdiction and over all, k-suppressed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Records(List<String> window, String reportingCurrency, int k, String method, List<Column> cells) {
    }

    /**
     * One cell of the figures: all jurisdictions (null) or one. An unpublished cell carries no number at all, only
     * that there are not enough workers.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Column(@Nullable String jurisdiction, boolean published, @Nullable Integer workers, List<Figure> figures) {
    }

    /** One metric in one cell, named in the asked language; value (as shown) and amount are null when suppressed. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Figure(String metric, String label, @Nullable String value, @Nullable Number amount) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Certification(UUID id, String guidelineId, String guidelineVersion, Instant attestedAt, String attestedBy,
                         String attesterTitle, boolean current, @Nullable UUID supersededBy, Certificate certificate,
                         List<Claim> claims) {
    }

    /** The signed certificate and where anyone checks it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Certificate(UUID documentId, String sha256, String verify) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Claim(String criterionId, String question, String answer, String explanation, List<Evidence> evidence,
                 boolean contested, List<Finding> records, List<Response> responses, List<Note> notes) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Evidence(String fileName, String mediaType, String sha256) {
    }

    /**
     * What the records show for the claim's criterion in one cell. An unpublished cell says only that: no status,
     * figure or formula is computed from it.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Finding(@Nullable String jurisdiction, boolean published, @Nullable String status, @Nullable String metric,
                   @Nullable String figure, @Nullable String threshold, @Nullable String formula) {
    }

    /** One version of the vendor's response, newest first. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Response(int version, String body, Instant postedAt) {
    }

    /** An organization's note on the claim. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Note(UUID organizationId, String organization, String body, Instant postedAt) {
    }
}
