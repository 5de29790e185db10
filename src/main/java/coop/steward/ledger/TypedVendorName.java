package coop.steward.ledger;

import io.micronaut.core.annotation.Introspected;

import java.util.UUID;

/** A vendor name as one worker typed it on a gig. */
@Introspected
public record TypedVendorName(UUID workerId, String vendorName) {
}
