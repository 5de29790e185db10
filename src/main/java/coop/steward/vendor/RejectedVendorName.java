package coop.steward.vendor;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A typed name a curator judged to be no vendor: it leaves the queue. */
@MappedEntity("rejected_vendor_name")
record RejectedVendorName(@Id String normalizedName, Instant rejectedAt) {
}
