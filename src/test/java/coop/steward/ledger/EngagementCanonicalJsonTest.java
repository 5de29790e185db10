package coop.steward.ledger;

import coop.steward.record.Revision;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementCanonicalJsonTest {

    private static final Revision FIRST = new Revision(UUID.fromString("019a0000-0000-7000-8000-000000000001"),
            UUID.fromString("019a0000-0000-7000-8000-000000000002"), 1,
            UUID.fromString("019a0000-0000-7000-8000-000000000003"), false, Instant.parse("2026-09-01T12:00:00Z"), false);

    /** The spelling every engagement revision had before gigs could name a wage area, and so the one its hash signs. */
    private static final String SPELLING_BEFORE_WAGE_AREAS = "{\"agreedRateMinor\":1500,\"classification\":\"CONTRACTOR\","
            + "\"client\":\"unknown\",\"currency\":\"USD\",\"endDate\":null,\"healthBenefits\":false,"
            + "\"jurisdiction\":\"US-MO\",\"paidLeave\":false,\"payBasis\":\"HOURLY\",\"paymentTimeframeDays\":30,"
            + "\"projectCodeName\":\"Atlas\",\"startDate\":\"2026-09-01\",\"taskKind\":\"RLHF_CONVERSATION\","
            + "\"vendorId\":null,\"vendorName\":\"Invisible Technologies\",\"writtenContract\":true}";

    @Test
    void aGigThatNamesNoWageAreaIsSpelledAsBeforeSoItsRecordedHashStillVerifies() {
        assertThat(kansasCityGig(null).contentJson()).isEqualTo(SPELLING_BEFORE_WAGE_AREAS);
    }

    @Test
    void aGigThatNamesAWageAreaSignsTheAreaToo() {
        assertThat(kansasCityGig("kansas-city-mo-ks").contentJson())
                .isEqualTo(SPELLING_BEFORE_WAGE_AREAS.replace("\"vendorName\":\"Invisible Technologies\",",
                        "\"vendorName\":\"Invisible Technologies\",\"wageArea\":\"kansas-city-mo-ks\","));
    }

    private static Engagement kansasCityGig(String wageArea) {
        return Engagement.of(FIRST, "Invisible Technologies", null, "unknown", "Atlas", TaskKind.RLHF_CONVERSATION,
                PayBasis.HOURLY, 1500, "USD", Classification.CONTRACTOR, true, false, false, 30,
                LocalDate.parse("2026-09-01"), null, "US-MO", wageArea);
    }
}
