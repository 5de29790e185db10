package coop.steward.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * An access token stays signed for its 15 minutes after its account is erased; it must then sign in nobody.
 * Without this check, the erased account's writes would reach the database and fail on its foreign keys.
 */
@Singleton
final class ExistingAccountClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final LiveAccounts accounts;

    ExistingAccountClaimsValidator(LiveAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null) {
            return false;
        }
        try {
            return accounts.exists(UUID.fromString(subject.toString()));
        } catch (IllegalArgumentException notAnAccountId) {
            return false;
        }
    }
}
