package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Matches a queued name to a vendor, as an alias (the default) or a project code name. */
@Serdeable
record MatchRequest(@NotBlank @Size(max = 120) String name, @NotNull UUID vendorId, @Nullable VendorNameKind as,
                    @Nullable UUID clientId) {
}
