package de.pflegeregion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The modular monolith stays modular, and the rules modules stay plain Java. */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PflegeregionApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void allSevenModulesExist() {
        org.assertj.core.api.Assertions.assertThat(MODULES.stream().map(m -> m.getBasePackage().getName()))
                .contains("de.pflegeregion.assessment", "de.pflegeregion.benefits", "de.pflegeregion.directory",
                        "de.pflegeregion.platform", "de.pflegeregion.web");
    }

    @Test
    void rulesModulesAreFreeOfFrameworkAndPersistenceTypes() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.pflegeregion.assessment", "de.pflegeregion.benefits");
        noClasses().that().resideInAnyPackage("de.pflegeregion.assessment..", "de.pflegeregion.benefits..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "org.hibernate..", "org.flywaydb..", "tools.jackson..", "com.fasterxml..",
                        "de.pflegeregion.web..", "de.pflegeregion.platform..", "de.pflegeregion.directory..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
