package coop.steward;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final String[] FEATURES =
            {"account", "ledger", "grievance", "guideline", "evidence", "organizing", "vendor", "web"};

    /** The revisioned-record core: below the features, which write their records only through it. */
    private static final String RECORD = "coop.steward.record..";

    private static final JavaClasses STEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.steward");

    @ParameterizedTest
    @MethodSource("features")
    void aFeaturesOrTheCoresTablesAreReachedOnlyThroughItsOwnClasses(String feature) {
        String own = "coop.steward." + feature + "..";
        DescribedPredicate<JavaClass> tablesOfTheFeature = JavaClass.Predicates.resideInAPackage(own)
                .and(annotatedWith(MappedEntity.class).or(annotatedWith(JdbcRepository.class)));
        classes().that(tablesOfTheFeature)
                .should().onlyHaveDependentClassesThat().resideInAPackage(own)
                .allowEmptyShould(true)
                .check(STEWARD);
    }

    static Stream<String> features() {
        return Stream.concat(Arrays.stream(FEATURES), Stream.of("record"));
    }

    @Test
    void theRecordCoreDependsOnNoFeature() {
        noClasses().that().resideInAPackage(RECORD)
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(STEWARD);
    }

    @Test
    void theRecordCoreKnowsNothingOfHttpOutsideItsWebHelper() {
        noClasses().that().resideInAPackage(RECORD).and().resideOutsideOfPackage("coop.steward.record.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..")
                .check(STEWARD);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().bePackagePrivate()
                .check(STEWARD);
    }

    @Test
    void theGuidelineRulesArePlainJava() {
        noClasses().that().resideInAPackage("coop.steward.guideline.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..")
                .allowEmptyShould(true)
                .check(STEWARD);
    }

    /**
     * Dashboards read rollups and consent only, never the sessions or the services that read them, so their cost
     * grows with workers × months, not with sessions (SPEC C7, ADR 0050).
     */
    @Test
    void theDashboardsReadOnlyRollupsAndConsentNeverTheSessions() {
        noClasses().that().resideInAPackage("coop.steward.organizing.dashboard..")
                .should().dependOnClassesThat().haveFullyQualifiedName("coop.steward.ledger.Sessions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.ledger.SessionView")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.ledger.Payments")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.ledger.Engagements")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.ledger.LedgerSummaries")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.guideline.WorkLogSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.guideline.model.WorkLog")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.guideline.model.MonthlyFigures")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("coop.steward.grievance.Grievances")
                .orShould().dependOnClassesThat().resideInAPackage("coop.steward.ledger.transfer..")
                .orShould().dependOnClassesThat().resideInAPackage(RECORD)
                .allowEmptyShould(true)
                .check(STEWARD);
    }

    @Test
    void theDisclosureControlIsPlainJava() {
        noClasses().that().resideInAPackage("coop.steward.organizing.disclosure..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..")
                .allowEmptyShould(true)
                .check(STEWARD);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("coop.steward.common..")
                .should().dependOnClassesThat().resideInAnyPackage(featurePackages())
                .check(STEWARD);
    }

    private static String[] featurePackages() {
        return Arrays.stream(FEATURES).map(feature -> "coop.steward." + feature + "..").toArray(String[]::new);
    }
}
