package coop.steward.evidence.assembly;

import coop.steward.record.ChainHead;
import coop.steward.record.CanonicalJson;
import coop.steward.record.HashChain;
import coop.steward.record.ChainedRevision;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The data a pack carries: every link of the worker's hash chain in order, and for each revision of a record the
 * pack shows, the exact text that link hashed. Anyone can recompute {@code hash = SHA-256(previousHash + entry)}
 * for those links, and follow the rest by their stored hashes to the head the integrity page states. Records the
 * pack does not show stay out: their links carry hashes only.
 */
final class RecordsJson {

    static final String FORMAT = "steward-evidence-records/1";

    private RecordsJson() {
    }

    static byte[] of(PackScope scope, List<ChainedRevision> revisions, ChainHead head) {
        Set<UUID> shown = new HashSet<>();
        scope.engagements().forEach(gig -> shown.add(gig.id()));
        scope.sessions().forEach(session -> shown.add(session.id()));
        scope.payments().forEach(payment -> shown.add(payment.id()));
        scope.grievances().forEach(grievance -> {
            shown.add(grievance.id());
            grievance.attachments().forEach(file -> shown.add(file.id()));
        });
        StringBuilder links = new StringBuilder("[");
        long included = 0;
        for (ChainedRevision revision : revisions) {
            // Under READ COMMITTED a write may land after the head was read; the pack ends at that head.
            if (revision.link().seq() > head.seq()) {
                break;
            }
            boolean show = revision.envelope() != null && shown.contains(revision.key().recordId());
            if (show) {
                included++;
            }
            if (links.length() > 1) {
                links.append(',');
            }
            links.append(CanonicalJson.object()
                    .put("seq", revision.link().seq())
                    .put("previousHash", revision.link().previousHash())
                    .put("hash", revision.link().hash())
                    .put("entry", show ? revision.envelope().signedText() : null));
        }
        links.append(']');
        String json = CanonicalJson.object()
                .put("format", FORMAT)
                .put("from", scope.from())
                .put("to", scope.to())
                .put("genesis", HashChain.GENESIS)
                .put("head", head.hash())
                .put("entries", head.seq())
                .put("includedEntries", included)
                .putRaw("chain", links.toString())
                .toString();
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
