package coop.steward.demo;

import coop.steward.grievance.Grievances;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.Payments;
import coop.steward.ledger.Sessions;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Map;

/** What the demo tests share: a client, and the demo's data recorded through the same services the start-up uses. */
abstract class DemoRecording {

    static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Engagements engagements;

    @Inject
    Sessions sessions;

    @Inject
    Payments payments;

    @Inject
    Grievances grievances;

    @Inject
    Clock clock;

    DemoLedger ledger() {
        return new DemoLedger(engagements, sessions, payments, grievances, clock);
    }

    DemoMembers members() {
        return new DemoMembers(engagements, sessions, payments, clock);
    }
}
