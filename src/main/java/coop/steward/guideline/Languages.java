package coop.steward.guideline;

import coop.steward.common.problem.ProblemException;
import coop.steward.common.validation.Language;

/** Reads the optional {@code language} query value of the guideline endpoints. */
final class Languages {

    private Languages() {
    }

    static Language chosen(String code) {
        if (code == null || code.isBlank()) {
            return Language.EN;
        }
        if (!Language.codes().contains(code)) {
            throw ProblemException.invalid("language", Language.MESSAGE);
        }
        return Language.of(code);
    }
}
