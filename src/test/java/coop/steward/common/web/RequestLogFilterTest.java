package coop.steward.common.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import coop.steward.support.SignedIn;
import coop.steward.support.TestAccounts;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class RequestLogFilterTest {

    private static final String NEW_PASSWORD = "a fresh passphrase for Nairobi";

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    Logger requestLog;
    Level levelBefore;
    ListAppender<ILoggingEvent> lines;

    @BeforeEach
    void listen() {
        http = client.toBlocking();
        requestLog = (Logger) LoggerFactory.getLogger("steward.request");
        levelBefore = requestLog.getLevel();
        requestLog.setLevel(Level.INFO);
        requestLog.setAdditive(false);
        lines = new ListAppender<>();
        lines.start();
        requestLog.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        requestLog.detachAppender(lines);
        requestLog.setLevel(levelBefore);
        requestLog.setAdditive(true);
    }

    @Test
    void everyRequestIsLoggedWithoutItsPasswordsOrTokens() {
        SignedIn worker = TestAccounts.nairobiWorker(http);
        http.exchange(worker.authorize(HttpRequest.PUT("/api/me/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD))));

        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(logged).anySatisfy(line -> assertThat(line).contains("method=POST", "path=/login", "status=200"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("method=PUT", "path=/api/me/password",
                "status=204", "duration_ms="));
        assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(TestAccounts.PASSWORD, NEW_PASSWORD,
                worker.accessToken(), worker.refreshToken(), "Bearer"));
    }
}
