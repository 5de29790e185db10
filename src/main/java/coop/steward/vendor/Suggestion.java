package coop.steward.vendor;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A registry name offered as a worker types a vendor: the name as typed in the registry and the vendor it means. */
@Serdeable
record Suggestion(String name, VendorNameKind kind, UUID vendorId, String vendorName) {
}
