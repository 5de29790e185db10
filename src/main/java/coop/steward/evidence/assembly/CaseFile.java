package coop.steward.evidence.assembly;

import coop.steward.common.pdf.PdfText;
import coop.steward.evidence.content.Letter;
import coop.steward.evidence.content.Table;
import coop.steward.evidence.content.TableRow;
import coop.steward.evidence.pdf.Labels;
import coop.steward.grievance.AttachmentView;
import coop.steward.grievance.GrievanceView;
import coop.steward.grievance.LetterView;
import coop.steward.ledger.EngagementView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The grievances a pack covers, the digests of their attachments, and the letters sent about them. */
final class CaseFile {

    /** A table row is never split across pages, so a long narrative is cut here; the whole is in the records. */
    static final int NARRATIVE_CHARS = 600;

    private final Labels labels;

    CaseFile(Labels labels) {
        this.labels = labels;
    }

    Table grievances(List<GrievanceView> grievances, Map<UUID, EngagementView> gigs) {
        List<TableRow> rows = grievances.stream().map(grievance -> new TableRow(List.of(
                grievance.happenedOn().toString(), labels.get("grievance." + grievance.category().name()),
                gigs.get(grievance.engagementId()).vendorName(), labels.get("grievanceStatus." + grievance.status().name()),
                grievance.amountAtStakeMinor() == null ? ""
                        : Amounts.money(grievance.amountAtStakeMinor(), grievance.currency()),
                narrative(grievance.narrative())), grievance.recordedLate())).toList();
        return new Table(labels.get("table.grievances"), headers("happenedOn", "category", "vendor", "status",
                "amountAtStake", "narrative"), rows);
    }

    Table attachments(List<GrievanceView> grievances) {
        List<TableRow> rows = new ArrayList<>();
        for (GrievanceView grievance : grievances) {
            for (AttachmentView file : grievance.attachments()) {
                rows.add(TableRow.of(grievance.happenedOn() + " " + labels.get("grievance." + grievance.category().name()),
                        file.fileName() == null ? "" : file.fileName(), file.contentType(),
                        Long.toString(file.sizeBytes()), file.sha256()));
            }
        }
        return new Table(labels.get("table.attachments"), headers("grievance", "file", "type", "bytes", "sha256"), rows);
    }

    static List<Letter> letters(Labels labels, PackScope scope) {
        return scope.grievances().stream()
                .flatMap(grievance -> grievance.letters().stream())
                .sorted(Comparator.comparing(LetterView::issuedOn))
                .map(letter -> new Letter(labels.get("letterKind." + letter.kind().name()),
                        letter.sentAt() == null ? null : letter.sentAt().atZone(scope.zone()).toLocalDate(),
                        letter.sentAt() == null ? null : letter.respondBy(), status(labels, letter)))
                .toList();
    }

    private static String status(Labels labels, LetterView letter) {
        if (letter.sentAt() == null) {
            return labels.get("letterStatus.notSent");
        }
        return labels.get(letter.deadlinePassed() ? "letterStatus.overdue" : "letterStatus.awaiting");
    }

    private static String narrative(String text) {
        return PdfText.truncate(text, NARRATIVE_CHARS);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(key -> labels.get("column." + key)).toList();
    }
}
