package de.pflegeregion;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import de.pflegeregion.platform.InvalidInput;

/** The modular monolith stays modular, and the rules modules stay plain Java outside their web adapters. */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PflegeregionApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void theFeatureModulesPlatformAndSiteShellAreTheModules() {
        assertThat(MODULES.stream().map(m -> m.getBasePackage().getName()))
                .containsExactlyInAnyOrder("de.pflegeregion.assessment", "de.pflegeregion.benefits",
                        "de.pflegeregion.directory", "de.pflegeregion.planning", "de.pflegeregion.network",
                        "de.pflegeregion.platform", "de.pflegeregion.site");
    }

    @Test
    void rulesModulesAreFreeOfFrameworkAndPersistenceTypesOutsideTheirWebAdapters() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.pflegeregion.assessment", "de.pflegeregion.benefits", "de.pflegeregion.planning");
        // package-info is a class to ArchUnit: without this a package holding nothing else would pass as non-empty
        noClasses().that().resideInAnyPackage("de.pflegeregion.assessment", "de.pflegeregion.benefits", "de.pflegeregion.planning")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat(resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "org.hibernate..", "org.flywaydb..", "tools.jackson..", "com.fasterxml..",
                        "de.pflegeregion.site..", "de.pflegeregion.platform..", "de.pflegeregion.directory..",
                        "de.pflegeregion.planning.*..", "de.pflegeregion.network..",
                        "de.pflegeregion.assessment.web..", "de.pflegeregion.benefits.web..")
                        // the one plain-Java exception type every module reports bad input with
                        .and(not(equivalentTo(InvalidInput.class))))
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void eachRulesModuleHasItsRulesAndItsWebAdapter() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.pflegeregion");
        for (String module : new String[] {"assessment", "benefits", "directory"}) {
            assertThat(classes.stream().filter(c -> c.getPackageName().equals("de.pflegeregion." + module)))
                    .as(module + " rules").hasSizeGreaterThan(5);
            assertThat(classes.stream().filter(c -> c.getPackageName().equals("de.pflegeregion." + module + ".web")))
                    .as(module + ".web").isNotEmpty();
        }
    }
}
