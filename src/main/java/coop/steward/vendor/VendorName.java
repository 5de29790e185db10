package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One name a vendor goes by; a code name may also say which client the project is for. */
@MappedEntity("vendor_name")
record VendorName(@Id UUID id, UUID vendorId, String name, String normalizedName, VendorNameKind kind,
                  @Nullable UUID clientVendorId, Instant createdAt) {
}
