package coop.steward.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The body of {@code POST /oauth/access_token}. Unlike every other body, an unknown parameter is ignored:
 * RFC 6749 section 3.2 requires it of a token endpoint, and OAuth clients send such parameters (client_id).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenRefreshRequest(
        @JsonProperty("grant_type") @Nullable String grantType,
        @JsonProperty("refresh_token") @Nullable String refreshToken) {
}
