package coop.steward.common.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A portal its operator says is reached over TLS tells browsers never to use plain HTTP for it. */
@MicronautTest
@Property(name = "steward.tls.strict-transport-security", value = "true")
class StrictTransportSecurityControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aPortalConfiguredForTlsSendsStrictTransportSecurity() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/health"), String.class);

        assertThat(response.getHeaders().get("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
    }
}
