package coop.steward.common.validation;

import java.util.Arrays;
import java.util.List;

/** The languages Steward speaks: in its pages, letters and evidence packs. */
public enum Language {
    EN("en"), FR("fr"), ES("es"), SW("sw");

    public static final String PATTERN = "en|fr|es|sw";
    public static final String MESSAGE = "must be one of en, fr, es, sw";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported language " + code));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
