package coop.steward.account;

import java.util.UUID;

/** An account's time zone changed, which moves the days and weeks its records fall on; published in that transaction. */
public record TimeZoneChanged(UUID accountId) {
}
