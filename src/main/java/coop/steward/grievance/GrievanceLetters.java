package coop.steward.grievance;

import coop.steward.account.AccountService;
import coop.steward.account.AccountView;
import coop.steward.common.id.UuidV7;
import coop.steward.common.money.Money;
import coop.steward.common.problem.ProblemException;
import coop.steward.common.problem.ProblemType;
import coop.steward.common.problem.Violation;
import coop.steward.common.time.Instants;
import coop.steward.common.validation.Language;
import coop.steward.ledger.EngagementView;
import coop.steward.ledger.Engagements;
import coop.steward.ledger.PaymentView;
import coop.steward.ledger.Payments;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes the letters that start a claim. A demand asks for the grievance's amount at stake (the ledger keeps
 * what was paid, not what is owed) and states the net pay the ledger shows for the engagement in that currency.
 */
@Singleton
public class GrievanceLetters {

    static final ProblemType NEEDS_AMOUNT = new ProblemType("letter-needs-amount", HttpStatus.UNPROCESSABLE_ENTITY,
            "A payment demand needs the grievance's amount at stake");

    private final Grievances grievances;
    private final LetterRepository letters;
    private final Engagements engagements;
    private final Payments payments;
    private final AccountService accounts;
    private final Clock clock;

    GrievanceLetters(Grievances grievances, LetterRepository letters, Engagements engagements, Payments payments,
                     AccountService accounts, Clock clock) {
        this.grievances = grievances;
        this.letters = letters;
        this.engagements = engagements;
        this.payments = payments;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public GeneratedLetter generate(UUID workerId, UUID grievanceId, LetterRequest request) {
        Grievance grievance = grievances.requireLive(workerId, grievanceId);
        AccountView account = accounts.get(workerId);
        ZoneId zone = ZoneId.of(account.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Language language = Language.of(request.language() != null ? request.language() : account.locale());
        int days = request.responseDays() != null ? request.responseDays() : request.kind().defaultResponseDays();
        Money owed = null;
        Money received = null;
        if (request.kind() == LetterKind.PAYMENT_DEMAND) {
            if (grievance.amountAtStakeMinor() == null) {
                throw new ProblemException(NEEDS_AMOUNT, "Record the amount at stake on the grievance first",
                        List.of(new Violation("amountAtStakeMinor", "is needed for a payment demand")));
            }
            owed = new Money(grievance.amountAtStakeMinor(), grievance.currency());
            received = new Money(netPaid(workerId, grievance.engagementId(), grievance.currency()),
                    grievance.currency());
        }
        // The engagement may have been deleted since; the letter then names no vendor rather than failing.
        EngagementView engagement = engagements.find(workerId, grievance.engagementId()).orElse(null);
        String sender = request.senderName() != null && !request.senderName().isBlank()
                ? request.senderName().strip() : account.handle();
        LetterFacts facts = new LetterFacts(request.kind(), language, sender, blankToNull(request.senderReference()),
                engagement != null ? engagement.vendorName() : "—",
                engagement != null ? engagement.projectCodeName() : null, grievance.category(),
                grievance.happenedOn(), grievance.narrative(), today, today.plusDays(days), owed, received);
        ComposedLetter composed = LetterComposer.compose(facts);
        Letter letter = letters.save(new Letter(UuidV7.generate(clock), grievanceId, workerId, request.kind(),
                language.code(), today, days, owed == null ? null : owed.minor(),
                owed == null ? null : owed.currency(), Instants.now(clock), null));
        return new GeneratedLetter(letter.view(zone, today), letter.createdAt(), composed);
    }

    /** Records when the letter went out; a repeated call keeps the first date, so a retry changes nothing. */
    @Transactional
    public LetterView markSent(UUID workerId, UUID grievanceId, UUID letterId, @Nullable Instant sentAt) {
        grievances.requireLive(workerId, grievanceId);
        Letter letter = letters.findByIdAndGrievanceIdAndWorkerId(letterId, grievanceId, workerId)
                .orElseThrow(() -> ProblemException.notFound("Letter"));
        Instant now = Instants.now(clock);
        if (sentAt != null && sentAt.isAfter(now)) {
            throw ProblemException.invalid("sentAt", "must not be in the future");
        }
        if (letter.sentAt() == null) {
            letter = letters.update(letter.sent(sentAt != null ? sentAt.truncatedTo(ChronoUnit.MICROS) : now));
        }
        ZoneId zone = grievances.zoneOf(workerId);
        return letter.view(zone, LocalDate.now(clock.withZone(zone)));
    }

    private long netPaid(UUID workerId, UUID engagementId, String currency) {
        return payments.list(workerId, null, null).stream()
                .filter(payment -> payment.engagementId().equals(engagementId) && payment.currency().equals(currency))
                .mapToLong(PaymentView::netMinor)
                .sum();
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
