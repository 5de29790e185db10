package coop.steward.vendor.certification;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One attested answer: the question as it was answered, YES / PARTLY / NO, the explanation and the evidence digests. */
@Serdeable
public record PublishedAnswer(String criterionId, String question, Answer answer, String explanation,
                              List<EvidenceDigest> evidence) {

    public PublishedAnswer {
        evidence = List.copyOf(evidence);
    }
}
