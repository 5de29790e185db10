package coop.steward.ledger.chain;

import coop.steward.common.id.UuidV7;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each worker's hash chain over every revision of every record they keep:
 * {@code hash = SHA-256(previous hash ‖ canonical JSON of the entry)}, starting from 64 zeros.
 */
@Singleton
public class LedgerChain {

    public static final String GENESIS = "0".repeat(64);

    private final LedgerEntryRepository entries;
    private final LedgerHeadRepository heads;
    private final List<ChainedRecordSource> sources;
    private final Clock clock;

    LedgerChain(LedgerEntryRepository entries, LedgerHeadRepository heads, List<ChainedRecordSource> sources,
                Clock clock) {
        this.entries = entries;
        this.heads = heads;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Takes the worker's write lock until the caller's transaction ends. Call it before reading what a write
     * depends on (does this id exist? which revision is current?), so that retries racing each other see
     * each other's writes.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public ChainLink lock(UUID workerId) {
        // Lock first and create only when missing: INSERT IGNORE on an existing row takes a shared lock, and
        // two writers that each hold one and then ask for the exclusive lock deadlock each other on InnoDB.
        Optional<LedgerHead> head = heads.findByWorkerIdForUpdate(workerId);
        if (head.isEmpty()) {
            heads.createIfMissing(workerId, GENESIS);
            head = heads.findByWorkerIdForUpdate(workerId);
        }
        LedgerHead locked = head.orElseThrow();
        return new ChainLink(locked.seq(), locked.hash(), locked.hash());
    }

    /**
     * Appends one revision to the worker's chain after {@code lockedHead}, which must be what {@link #lock}
     * answered in the caller's transaction: the lock is held until it ends, so the head cannot have moved, and
     * taking it again would cost every write another round trip. The unique (worker, seq) key refuses a fork.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public ChainLink append(UUID workerId, ChainLink lockedHead, ChainEntry entry) {
        String previous = lockedHead.hash();
        String hash = sha256(previous + entry.envelope());
        long seq = lockedHead.seq() + 1;
        RevisionKey key = entry.key();
        entries.save(new LedgerEntry(UuidV7.generate(clock), workerId, seq, key.kind(), key.recordId(),
                key.revision(), entry.operation(), entry.recordedAt(), previous, hash));
        heads.update(new LedgerHead(workerId, seq, hash));
        return new ChainLink(seq, previous, hash);
    }

    /** The newest link: what an evidence pack quotes. */
    @Transactional(readOnly = true)
    public ChainLink head(UUID workerId) {
        return heads.findById(workerId)
                .map(head -> new ChainLink(head.seq(), head.hash(), head.hash()))
                .orElse(new ChainLink(0, GENESIS, GENESIS));
    }

    /**
     * Every link of the worker's chain in order, each with the revision it signs as rebuilt from the stored rows
     * (null if that row is gone, which {@link #verify} reports).
     */
    @Transactional(readOnly = true)
    public List<SignedRevision> revisions(UUID workerId) {
        Map<RevisionKey, ChainEntry> stored = new HashMap<>();
        for (ChainedRecordSource source : sources) {
            source.entriesOf(workerId).forEach(entry -> stored.put(entry.key(), entry));
        }
        return entries.findByWorkerIdOrderBySeq(workerId).stream()
                .map(link -> new SignedRevision(new ChainLink(link.seq(), link.previousHash(), link.hash()),
                        link.key(), stored.get(link.key())))
                .toList();
    }

    /** Recomputes the chain from the stored rows and reports the first link that no longer holds. */
    @Transactional(readOnly = true)
    public Verification verify(UUID workerId) {
        Map<RevisionKey, ChainEntry> stored = new HashMap<>();
        for (ChainedRecordSource source : sources) {
            source.entriesOf(workerId).forEach(entry -> stored.put(entry.key(), entry));
        }
        List<LedgerEntry> links = entries.findByWorkerIdOrderBySeq(workerId);
        String previous = GENESIS;
        long expectedSeq = 1;
        for (Iterator<LedgerEntry> it = links.iterator(); it.hasNext(); expectedSeq++) {
            LedgerEntry link = it.next();
            ChainEntry entry = stored.remove(link.key());
            String reason = null;
            if (link.seq() != expectedSeq) {
                reason = "entry " + expectedSeq + " is missing";
            } else if (!link.previousHash().equals(previous)) {
                reason = "does not link to the entry before it";
            } else if (entry == null) {
                reason = "its record revision is missing";
            } else if (!link.hash().equals(sha256(previous + entry.envelope()))) {
                reason = "the stored record no longer matches its hash";
            }
            if (reason != null) {
                return broken(links.size(), link, reason);
            }
            previous = link.hash();
        }
        String head = head(workerId).hash();
        if (!head.equals(previous)) {
            return new Verification(false, links.size(), head,
                    new Verification.BrokenLink(expectedSeq, null, null, null, "the chain ends before its head"));
        }
        if (!stored.isEmpty()) {
            RevisionKey stray = stored.keySet().iterator().next();
            return new Verification(false, links.size(), head, new Verification.BrokenLink(expectedSeq,
                    stray.kind(), stray.recordId().toString(), stray.revision(), "a record revision is not in the chain"));
        }
        return new Verification(true, links.size(), head, null);
    }

    private Verification broken(long count, LedgerEntry link, String reason) {
        return new Verification(false, count, head(link.workerId()).hash(), new Verification.BrokenLink(link.seq(),
                link.kind(), link.recordId().toString(), link.revision(), reason));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
