package coop.steward.grievance;

import coop.steward.ledger.chain.ChainEntry;
import coop.steward.ledger.chain.ChainedRecordSource;
import coop.steward.ledger.chain.Revisioned;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rebuilds the chain entries of a worker's grievance revisions and attachments from the stored rows. An
 * attachment's digest is recomputed from its stored bytes, one file at a time, so a changed file breaks the chain.
 */
@Singleton
final class GrievanceRecordSource implements ChainedRecordSource {

    private final GrievanceRepository grievances;
    private final AttachmentRepository attachments;

    GrievanceRecordSource(GrievanceRepository grievances, AttachmentRepository attachments) {
        this.grievances = grievances;
        this.attachments = attachments;
    }

    @Override
    public List<ChainEntry> entriesOf(UUID workerId) {
        List<ChainEntry> entries = new ArrayList<>();
        grievances.findByWorkerId(workerId).stream().map(Revisioned::chainEntry).forEach(entries::add);
        for (AttachmentSummary file : attachments.findByWorkerId(workerId)) {
            byte[] content = attachments.findById(file.id()).map(Attachment::content).orElse(new byte[0]);
            entries.add(Attachment.chainEntry(file.id(), file.grievanceId(), file.recordedAt(), file.fileName(),
                    file.contentType(), content.length, AttachmentInspector.sha256(content)));
        }
        return entries;
    }
}
