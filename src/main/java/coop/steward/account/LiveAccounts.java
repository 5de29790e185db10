package coop.steward.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which accounts still exist, as the token check asks on every request. An account seen to exist is remembered
 * for a few seconds, so a phone syncing a burst costs one lookup, not one per entry; an account erased here is
 * refused at once, from the moment its erasure commits. Another instance of the portal refuses it once its own
 * memory of the account runs out, within {@code steward.accounts.remembered} (5 s).
 */
@Singleton
class LiveAccounts {

    private static final int PRUNE_ABOVE = 100_000;

    private final AccountRepository accounts;
    private final TransactionOperations<Connection> transactions;
    private final long rememberedNanos;
    private final Map<UUID, Long> existsUntil = new ConcurrentHashMap<>();
    private final Set<UUID> erased = ConcurrentHashMap.newKeySet();

    LiveAccounts(AccountRepository accounts, TransactionOperations<Connection> transactions,
                 @Value("${steward.accounts.remembered:5s}") Duration remembered) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.rememberedNanos = remembered.toNanos();
    }

    boolean exists(UUID id) {
        if (erased.contains(id)) {
            return false;
        }
        long now = System.nanoTime();
        Long until = existsUntil.get(id);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean exists = accounts.existsById(id);
        if (exists) {
            if (existsUntil.size() > PRUNE_ABOVE) {
                existsUntil.values().removeIf(expiry -> now - expiry >= 0);
            }
            existsUntil.put(id, now + rememberedNanos);
        } else {
            existsUntil.remove(id);
        }
        return exists;
    }

    /** Called inside the erasing transaction: from its commit on, the account signs in nobody. */
    void erasing(UUID id) {
        transactions.findTransactionStatus().orElseThrow().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                erased.add(id);
                existsUntil.remove(id);
            }
        });
    }
}
