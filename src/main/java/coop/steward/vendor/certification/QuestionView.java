package coop.steward.vendor.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One criterion of the questionnaire with the vendor's answer so far, its evidence and whether it is complete. */
@Serdeable
record QuestionView(String criterionId, String principle, String text, String question, @Nullable Answer answer,
                    @Nullable String explanation, @JsonInclude(JsonInclude.Include.ALWAYS) List<EvidenceView> evidence,
                    boolean complete) {
}
