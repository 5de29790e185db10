package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Another name for a vendor: an alias, or a project code name with its client where known. */
@Serdeable
public record AddNameRequest(@NotBlank @Size(max = 120) String name, @NotNull VendorNameKind kind, @Nullable UUID clientId) {
}
