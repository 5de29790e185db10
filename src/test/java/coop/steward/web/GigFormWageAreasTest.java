package coop.steward.web;

import coop.steward.guideline.TestTables;
import coop.steward.guideline.model.WageArea;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone app offers, offline, exactly the wage areas the shipped wage tables list for each jurisdiction. */
class GigFormWageAreasTest {

    private static final Pattern JURISDICTION = Pattern.compile("'([A-Z]{2}(?:-[A-Z0-9]{1,3})?)': \\[(.*)],");
    private static final Pattern AREA = Pattern.compile("\\['([a-z0-9-]+)', '");

    @Test
    void theGigFormListsTheAreasOfEveryShippedJurisdictionAndNoOthers() throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/public/assets/pages/gig-form.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Set<String>> offered = new TreeMap<>();
        Matcher jurisdiction = JURISDICTION.matcher(script);
        while (jurisdiction.find()) {
            Set<String> areas = new TreeSet<>();
            Matcher area = AREA.matcher(jurisdiction.group(2));
            while (area.find()) {
                areas.add(area.group(1));
            }
            offered.put(jurisdiction.group(1), areas);
        }
        Map<String, Set<String>> shipped = new TreeMap<>();
        TestTables.tables().wages().byJurisdiction().keySet().forEach(code -> {
            Set<String> areas = TestTables.tables().wages().areas(code).stream().map(WageArea::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!areas.isEmpty()) {
                shipped.put(code, areas);
            }
        });

        assertThat(shipped).isNotEmpty();
        assertThat(offered).isEqualTo(shipped);
    }
}
