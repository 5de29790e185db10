package coop.steward.guideline;

import coop.steward.guideline.model.FxRate;
import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.WageEntry;

import java.util.List;

/** One loaded template file: a guideline, one jurisdiction's wage table, or one currency's FX rates. */
public sealed interface PolicyTemplate {

    /** The file name it was loaded from, e.g. {@code wages/US-MO.yaml}. */
    String name();

    /** What a template from another origin replaces when it has the same key. */
    String key();

    /** A guideline file. */
    record GuidelineTemplate(String name, Guideline guideline) implements PolicyTemplate {
        public String key() {
            return "guideline:" + guideline.id();
        }
    }

    /** A wage table file. */
    record WageTemplate(String name, String jurisdiction, List<WageEntry> entries) implements PolicyTemplate {
        public String key() {
            return "wages:" + jurisdiction;
        }
    }

    /** An FX rates file. */
    record FxTemplate(String name, String currency, List<FxRate> rates) implements PolicyTemplate {
        public String key() {
            return "fx:" + currency;
        }
    }
}
