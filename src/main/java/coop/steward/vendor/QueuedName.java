package coop.steward.vendor;

import io.micronaut.serde.annotation.Serdeable;

/** A vendor name workers typed that the registry does not know yet, and how many workers use it; never who. */
@Serdeable
record QueuedName(String name, long workers) {
}
