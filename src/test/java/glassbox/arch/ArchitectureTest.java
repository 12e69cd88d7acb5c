package glassbox.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers: engines and the player model stay free of JavaFX; the CLI never touches views. */
@AnalyzeClasses(packages = "glassbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule enginesHaveNoJavaFx = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("engines serve the headless CLI and are tested without a toolkit")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule playerModelHasNoJavaFx = noClasses()
            .that().resideInAPackage("glassbox.player")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule i18nAndStoreHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("glassbox.i18n..", "glassbox.store..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule cliDoesNotUseViews = noClasses()
            .that().resideInAPackage("glassbox.cli..")
            .should().dependOnClassesThat().resideInAPackage("..view..");

    @ArchTest
    static final ArchRule enginesDoNotUseViews = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("..view..", "glassbox.app..")
            .allowEmptyShould(true);
}
