package coop.steward.ledger;

import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** The signed-in worker whose ledger a request reads or writes. */
final class Workers {

    private Workers() {
    }

    static UUID idOf(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
