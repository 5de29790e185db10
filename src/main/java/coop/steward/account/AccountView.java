package coop.steward.account;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account as its owner sees it. */
@Serdeable
public record AccountView(
        UUID id,
        String handle,
        Role role,
        String locale,
        String timeZone,
        String jurisdiction,
        Instant createdAt) {
}
