package coop.steward.vendor;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A VENDOR account speaking for one canonical vendor. */
@MappedEntity("vendor_account")
record VendorAccount(@Id UUID accountId, UUID vendorId, Instant linkedAt) {
}
