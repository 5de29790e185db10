package coop.steward.vendor.certification;

import coop.steward.common.validation.Language;
import coop.steward.guideline.PolicyTemplates;
import coop.steward.guideline.model.Criterion;
import coop.steward.guideline.model.Guideline;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a certification reads: to its vendor while drafting (each question with its answer, evidence and whether it
 * is complete) and to the public once attested (the questions as they were answered, evidence by digest).
 */
@Singleton
class CertificationViews {

    private final PolicyTemplates templates;
    private final CertificationAnswerRepository answers;
    private final CertificationEvidenceRepository evidence;
    private final JsonMapper json;

    CertificationViews(PolicyTemplates templates, CertificationAnswerRepository answers,
                       CertificationEvidenceRepository evidence, JsonMapper json) {
        this.templates = templates;
        this.answers = answers;
        this.evidence = evidence;
        this.json = json;
    }

    /** One question as its vendor sees it after saving an answer. */
    QuestionView question(Criterion criterion, @Nullable CertificationAnswer answer, UUID certificationId,
                          Language language) {
        return question(criterion, answer, evidenceOf(certificationId).getOrDefault(criterion.id(), List.of()), language);
    }

    CertificationView view(Certification certification, Language language) {
        Guideline guideline = templates.guideline(certification.guidelineId()).orElse(null);
        Map<String, CertificationAnswer> given = answers.answersOf(certification.id()).stream()
                .collect(Collectors.toMap(a -> a.id().criterionId(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, List<EvidenceView>> docs = evidenceOf(certification.id());
        List<QuestionView> questions = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean live = guideline != null && guideline.version().equals(certification.guidelineVersion());
        if (live) {
            for (Criterion criterion : guideline.criteria()) {
                CertificationAnswer answer = given.get(criterion.id());
                QuestionView question = question(criterion, answer, docs.getOrDefault(criterion.id(), List.of()), language);
                // An attested answer shows the question as it was answered, whatever the template says today.
                if (answer != null && answer.questionJson() != null) {
                    question = new QuestionView(question.criterionId(), question.principle(), question.text(),
                            questionIn(answer, language), question.answer(), question.explanation(), question.evidence(),
                            question.complete());
                }
                questions.add(question);
                if (!question.complete()) {
                    missing.add(criterion.id());
                }
            }
        } else {
            for (CertificationAnswer answer : given.values()) {
                String text = answer.questionJson() == null ? answer.id().criterionId() : questionIn(answer, language);
                questions.add(new QuestionView(answer.id().criterionId(), "", "", text, answer.answer(),
                        answer.explanation(), docs.getOrDefault(answer.id().criterionId(), List.of()), answer.complete()));
            }
        }
        String title = guideline != null ? guideline.title() : certification.guidelineId();
        return new CertificationView(certification.id(), certification.vendorId(), certification.guidelineId(),
                certification.guidelineVersion(), title, certification.status(), certification.startedAt(),
                certification.attestedAt(), certification.attestedOn(), certification.attesterName(),
                certification.attesterTitle(), certification.supersedes(), certification.supersededBy(),
                certification.certificateDocumentId(), certification.certificateSha256(),
                certification.certificateDocumentId() == null ? null
                        : CertificateController.PATH.replace("{certificationId}", certification.id().toString()),
                certification.attested() ? List.of() : missing, questions);
    }

    private static QuestionView question(Criterion criterion, @Nullable CertificationAnswer answer,
                                         List<EvidenceView> docs, Language language) {
        String text = criterion.question(language) != null ? criterion.question(language) : criterion.text(language);
        return new QuestionView(criterion.id(), criterion.principle(language), criterion.text(language), text,
                answer == null ? null : answer.answer(), answer == null ? null : answer.explanation(), docs,
                answer != null && answer.complete());
    }

    PublishedCertification published(Certification certification, Language language) {
        Map<String, List<EvidenceDigest>> docs = evidence.findByCertificationIdOrderByUploadedAt(certification.id())
                .stream().collect(Collectors.groupingBy(EvidenceSummary::criterionId,
                        Collectors.mapping(EvidenceSummary::digest, Collectors.toList())));
        List<PublishedAnswer> published = answers.answersOf(certification.id()).stream()
                .map(answer -> new PublishedAnswer(answer.id().criterionId(), questionIn(answer, language),
                        answer.answer(), answer.explanation(), docs.getOrDefault(answer.id().criterionId(), List.of())))
                .toList();
        return new PublishedCertification(certification.id(), certification.vendorId(), certification.guidelineId(),
                certification.guidelineVersion(), certification.attestedAt(), certification.attesterName(),
                certification.attesterTitle(), certification.supersededBy(), certification.certificateDocumentId(),
                certification.certificateSha256(), published);
    }

    private Map<String, List<EvidenceView>> evidenceOf(UUID certificationId) {
        return evidence.findByCertificationIdOrderByUploadedAt(certificationId).stream()
                .collect(Collectors.groupingBy(EvidenceSummary::criterionId,
                        Collectors.mapping(EvidenceSummary::view, Collectors.toList())));
    }

    String questionJson(Criterion criterion) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            String question = criterion.question(language);
            texts.put(language.code(), question != null ? question : criterion.text(language));
        }
        try {
            return json.writeValueAsString(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a question as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private String questionIn(CertificationAnswer answer, Language language) {
        if (answer.questionJson() == null) {
            return answer.id().criterionId();
        }
        try {
            Map<String, Object> texts = json.readValue(answer.questionJson(), Map.class);
            Object text = texts.getOrDefault(language.code(), texts.get(Language.EN.code()));
            return String.valueOf(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored question", e);
        }
    }
}
