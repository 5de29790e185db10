package coop.steward.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A canonical vendor of the registry. */
@MappedEntity("vendor")
record Vendor(@Id UUID id, String name, VendorKind kind, @Nullable String country, @Nullable String website,
              Instant createdAt) {
}
