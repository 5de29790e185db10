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

    private static final JavaClasses STEWARD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.steward");

    @ParameterizedTest
    @MethodSource("features")
    void aFeaturesTablesAreReachedOnlyThroughItsOwnServices(String feature) {
        String own = "coop.steward." + feature + "..";
        DescribedPredicate<JavaClass> tablesOfTheFeature = JavaClass.Predicates.resideInAPackage(own)
                .and(annotatedWith(MappedEntity.class).or(annotatedWith(JdbcRepository.class)));
        classes().that(tablesOfTheFeature)
                .should().onlyHaveDependentClassesThat().resideInAPackage(own)
                .allowEmptyShould(true)
                .check(STEWARD);
    }

    static Stream<String> features() {
        return Arrays.stream(FEATURES);
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

    @Test
    void commonDependsOnNoFeature() {
        String[] features = Arrays.stream(FEATURES).map(feature -> "coop.steward." + feature + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("coop.steward.common..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(STEWARD);
    }
}
