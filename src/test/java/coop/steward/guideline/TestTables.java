package coop.steward.guideline;

import coop.steward.guideline.model.Guideline;
import coop.steward.guideline.model.ReferenceTables;

import java.util.List;

/** The shipped templates, loaded once the way the running portal loads them, for tests that need no server. */
public final class TestTables {

    private static final PolicyTemplates SHIPPED = new PolicyTemplates(null);

    private TestTables() {
    }

    public static ReferenceTables tables() {
        return SHIPPED.tables();
    }

    public static Guideline guideline(String id) {
        return SHIPPED.guideline(id).orElseThrow();
    }

    public static List<PolicyTemplate> shippedTemplates() {
        return PolicyTemplates.loadAll(new PolicyTemplateLoader(true), PolicyTemplates.shippedRoot());
    }
}
