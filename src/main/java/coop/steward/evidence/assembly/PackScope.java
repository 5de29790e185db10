package coop.steward.evidence.assembly;

import coop.steward.common.validation.Language;
import coop.steward.grievance.GrievanceView;
import coop.steward.guideline.model.Guideline;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.SessionView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The records and guidelines one pack covers, read once, and the language it speaks. */
record PackScope(
        UUID workerId,
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        Language language,
        List<EngagementView> engagements,
        List<SessionView> sessions,
        List<PaymentView> payments,
        List<GrievanceView> grievances,
        List<Guideline> guidelines) {

    Map<UUID, EngagementView> engagementsById() {
        return engagements.stream().collect(Collectors.toMap(EngagementView::id, Function.identity()));
    }
}
