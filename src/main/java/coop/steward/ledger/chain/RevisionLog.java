package coop.steward.ledger.chain;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The write path every chained record shares. A record is created by {@code PUT} with the id the phone
 * chose, so a retry after a lost response finds it and stores nothing; a correction names the revision it
 * corrects ({@code If-Match}) and adds a revision; a deletion adds a tombstone. Nothing is ever updated in
 * place, and every stored revision enters the worker's hash chain in the same transaction.
 */
@Singleton
public class RevisionLog {

    public static final ProblemType ALREADY_EXISTS = new ProblemType("record-exists", HttpStatus.CONFLICT,
            "A different record with this id exists; send If-Match with its revision to correct it");
    public static final ProblemType DELETED = new ProblemType("record-deleted", HttpStatus.CONFLICT,
            "The record was deleted; its history remains");

    private final LedgerChain chain;
    private final Clock clock;

    RevisionLog(LedgerChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** Builds the revision a write would store, given its number and when it is recorded. */
    @FunctionalInterface
    public interface Draft<R extends Revisioned> {
        R revision(int number, Instant recordedAt);
    }

    /** Creates or corrects a record; {@code ifMatch} is the revision the client read, or null to create. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <R extends Revisioned> WriteOutcome<R> put(UUID workerId, UUID recordId, @Nullable Integer ifMatch,
                                                      RevisionStore<R> store, Draft<R> draft) {
        ChainLink head = chain.lock(workerId);
        Optional<R> found = store.current(recordId).filter(current -> current.workerId().equals(workerId));
        if (found.isEmpty()) {
            if (store.current(recordId).isPresent()) {
                throw ProblemException.notFound("Record");
            }
            if (ifMatch != null) {
                throw preconditionFailed("there is no revision " + ifMatch + " of this record");
            }
            return store(store, head, null, draft.revision(1, Instants.now(clock)), WriteOutcome.Kind.CREATED);
        }
        R current = found.get();
        Instant now = Instants.now(clock);
        boolean sameContent = !current.deleted()
                && current.contentJson().equals(draft.revision(current.revision(), now).contentJson());
        if (ifMatch == null) {
            if (sameContent) {
                return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
            }
            throw new ProblemException(current.deleted() ? DELETED : ALREADY_EXISTS, null,
                    List.of(new Violation("id", "exists at revision " + current.revision())));
        }
        if (ifMatch != current.revision()) {
            boolean retryOfLandedCorrection = ifMatch == current.revision() - 1 && sameContent;
            if (retryOfLandedCorrection) {
                return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
            }
            throw preconditionFailed("the current revision is " + current.revision() + ", not " + ifMatch);
        }
        if (current.deleted()) {
            throw new ProblemException(DELETED, null, List.of());
        }
        if (sameContent) {
            return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
        }
        return store(store, head, current, draft.revision(current.revision() + 1, now), WriteOutcome.Kind.CORRECTED);
    }

    /** Stores a tombstone; deleting a deleted record again stores nothing. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <R extends Revisioned> WriteOutcome<R> delete(UUID workerId, UUID recordId, @Nullable Integer ifMatch,
                                                         RevisionStore<R> store, Draft<R> tombstone) {
        ChainLink head = chain.lock(workerId);
        R current = store.current(recordId).filter(found -> found.workerId().equals(workerId))
                .orElseThrow(() -> ProblemException.notFound("Record"));
        if (current.deleted()) {
            return new WriteOutcome<>(WriteOutcome.Kind.UNCHANGED, current);
        }
        if (ifMatch != null && ifMatch != current.revision()) {
            throw preconditionFailed("the current revision is " + current.revision() + ", not " + ifMatch);
        }
        return store(store, head, current, tombstone.revision(current.revision() + 1, Instants.now(clock)),
                WriteOutcome.Kind.DELETED);
    }

    private <R extends Revisioned> WriteOutcome<R> store(RevisionStore<R> store, ChainLink head, @Nullable R current,
                                                         R next, WriteOutcome.Kind kind) {
        if (current != null) {
            store.supersede(current);
        }
        store.insert(next);
        chain.append(next.workerId(), head, next.chainEntry());
        return new WriteOutcome<>(kind, next);
    }

    private static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail,
                List.of(new Violation("If-Match", detail)));
    }

    /** Reads an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}. */
    @Nullable
    public static Integer parseIfMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            int revision = Integer.parseInt(value);
            if (revision < 1) {
                throw new NumberFormatException();
            }
            return revision;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the revision you read, such as \"3\"");
        }
    }
}
