package coop.steward.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A person's account: a handle, never a real name or e-mail address. */
@MappedEntity("account")
record Account(
        @Id UUID id,
        String handle,
        String passwordHash,
        Role role,
        String locale,
        String timeZone,
        String jurisdiction,
        Instant createdAt,
        Instant updatedAt) {

    Account withProfile(String locale, String timeZone, String jurisdiction, Instant now) {
        return new Account(id, handle, passwordHash, role, locale, timeZone, jurisdiction, createdAt, now);
    }

    Account withPasswordHash(String passwordHash, Instant now) {
        return new Account(id, handle, passwordHash, role, locale, timeZone, jurisdiction, createdAt, now);
    }

    AccountView view() {
        return new AccountView(id, handle, role, locale, timeZone, jurisdiction, createdAt);
    }
}
