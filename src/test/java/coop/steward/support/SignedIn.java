package coop.steward.support;

import io.micronaut.http.MutableHttpRequest;

import java.util.UUID;

/** A test account that has signed in, with the tokens the sign-in answered. */
public record SignedIn(UUID id, String handle, String password, String accessToken, String refreshToken) {

    public <T> MutableHttpRequest<T> authorize(MutableHttpRequest<T> request) {
        return request.bearerAuth(accessToken);
    }
}
