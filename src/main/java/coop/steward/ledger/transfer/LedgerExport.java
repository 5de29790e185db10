package coop.steward.ledger.transfer;

import coop.steward.account.AccountView;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.SessionView;
import coop.steward.record.Verification;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Everything a worker's ledger holds, for them to take elsewhere. */
@Serdeable
public record LedgerExport(Instant exportedAt, AccountView account, List<EngagementView> engagements,
                           List<SessionView> sessions, List<PaymentView> payments, Verification chain) {
}
