package coop.steward.guideline;

import coop.steward.guideline.model.WageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTemplatesTest {

    @Test
    void aConfiguredDirectoryOverridesAShippedWageTableAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("wages"));
        Files.writeString(dir.resolve("wages/US-MO.yaml"), """
                kind: wages
                jurisdiction: US-MO
                name: Missouri, with a living wage added by a union
                currency: USD
                entries:
                  - type: minimum
                    amount: 15.00
                    per: hour
                    effective-from: 2026-01-01
                    source:
                      name: Missouri Department of Labor and Industrial Relations
                      url: https://labor.mo.gov/DLS/MinimumWage
                      retrieved: 2026-11-28
                  - type: living
                    amount: 24.00
                    per: hour
                    effective-from: 2026-01-01
                    source:
                      name: Union survey of Kansas City rents
                      url: https://example.org/kc-living-wage
                      retrieved: 2026-11-28
                """);

        PolicyTemplates templates = new PolicyTemplates(dir.toString());

        assertThat(templates.tables().wages().inForce("US-MO", WageKind.LIVING, LocalDate.of(2026, 5, 4)))
                .hasValueSatisfying(wage -> assertThat(wage.hourly()).isEqualByComparingTo("24.00"));
        assertThat(templates.tables().wages().inForce("KE", WageKind.MINIMUM, LocalDate.of(2026, 5, 4))).isPresent();
        assertThat(templates.guidelines()).hasSize(2);
    }

    @Test
    void aBrokenTemplateInTheConfiguredDirectoryStopsLoadingWithFileLineAndReason(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fx"));
        Files.writeString(dir.resolve("fx/KES.yaml"), """
                kind: fx
                currency: KES
                rates:
                  - date: 2026-01-29
                    per-usd: not a number
                    source:
                      name: Central Bank of Kenya
                      url: https://www.centralbank.go.ke/
                      retrieved: 2026-11-28
                """);

        assertThatThrownBy(() -> new PolicyTemplates(dir.toString()))
                .isInstanceOf(PolicyTemplateException.class)
                .hasMessageStartingWith("policy template fx/KES.yaml, line 5: ");
    }
}
