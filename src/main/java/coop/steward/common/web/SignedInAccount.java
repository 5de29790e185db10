package coop.steward.common.web;

import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** The id of the account a request was signed in as: the subject of its access token. */
public final class SignedInAccount {

    private SignedInAccount() {
    }

    public static UUID idOf(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
