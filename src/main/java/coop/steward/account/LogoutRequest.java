package coop.steward.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of {@code POST /logout}: the refresh token of the device signing out, or nothing for every device. */
@Serdeable
record LogoutRequest(@JsonProperty("refresh_token") @Nullable String refreshToken) {
}
