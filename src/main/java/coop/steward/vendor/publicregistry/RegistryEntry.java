package coop.steward.vendor.publicregistry;

import coop.steward.vendor.VendorKind;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One canonical vendor in the public list: its names and whether it has a current certification. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RegistryEntry(UUID id, String name, VendorKind kind, @Nullable String country, List<String> aliases,
                     @Nullable String certifiedAgainst, @Nullable Instant attestedAt, int certifications, String page) {
}
