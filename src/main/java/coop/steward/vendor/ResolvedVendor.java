package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The canonical vendor a typed name stands for, how it matched, and the client when a code name knows it. */
@Serdeable
public record ResolvedVendor(UUID vendorId, String vendorName, VendorNameKind matchedAs, @Nullable UUID clientId,
                             @Nullable String clientName) {
}
