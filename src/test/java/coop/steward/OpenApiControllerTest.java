package coop.steward;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OpenApiControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theApiDocumentIsServedToAnyoneAndListsSignInAndAccounts() {
        HttpResponse<String> response = client.toBlocking()
                .exchange(HttpRequest.GET("/openapi/steward-0.1.yml"), String.class);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).startsWith("openapi: 3")
                .contains("\n  /api/accounts:", "\n  /login:", "\n  /oauth/access_token:", "\n  /logout:");
    }
}
