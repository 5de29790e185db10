package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A canonical vendor to add to the registry. */
@Serdeable
public record CreateVendorRequest(
        @NotBlank @Size(max = 120) String name,
        @NotNull VendorKind kind,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US or KE") String country,
        @Nullable @Size(max = 300) @Pattern(regexp = "https://[^\\s]+", message = "must be an https:// address") String website) {
}
