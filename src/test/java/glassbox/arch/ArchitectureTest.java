package glassbox.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layers, arrows pointing down only: app → topics → player, store, core. Topics are plug-ins:
 * none knows the app or another topic; engines stay free of JavaFX, views of JDBC.
 */
@AnalyzeClasses(packages = "glassbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final List<String> TOPICS = List.of("bptree", "database", "threads", "python", "pipeline");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("glassbox.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTopics = slices().matching("glassbox.(*).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreDependsOnNothingElse = noClasses()
            .that().resideInAPackage("glassbox.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "glassbox.app..", "glassbox.player..", "glassbox.store..", "glassbox.bptree..",
                    "glassbox.database..", "glassbox.threads..", "glassbox.python..", "glassbox.pipeline..")
            .because("core is the bottom layer every topic builds on");

    @ArchTest
    static final ArchRule playerAndStoreDoNotKnowTopicsOrApp = noClasses()
            .that().resideInAnyPackage("glassbox.player..", "glassbox.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "glassbox.app..", "glassbox.bptree..", "glassbox.database..", "glassbox.threads..",
                    "glassbox.python..", "glassbox.pipeline..");

    @ArchTest
    static final ArchRule topicsNeverUseTheApp = noClasses()
            .that().resideInAnyPackage("glassbox.bptree..", "glassbox.database..", "glassbox.threads..",
                    "glassbox.python..", "glassbox.pipeline..")
            .should().dependOnClassesThat().resideInAPackage("glassbox.app..")
            .because("a topic reaches the shell only through core.ViewContext");

    @ArchTest
    static void topicsNeverUseAnotherTopic(com.tngtech.archunit.core.domain.JavaClasses classes) {
        for (String t : TOPICS) {
            String[] others = TOPICS.stream().filter(o -> !o.equals(t)).map(o -> "glassbox." + o + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("glassbox." + t + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("one tab opens another by handing a scene to the view context")
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule enginesHaveNoJavaFx = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("engines serve the headless CLI and are tested without a toolkit");

    @ArchTest
    static final ArchRule playerModelHasNoJavaFx = noClasses()
            .that().resideInAPackage("glassbox.player")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule storeHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("glassbox.store..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule viewsUseNoJdbc = noClasses()
            .that().resideInAPackage("..view..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("SQL belongs to engines; views show what engines report");

    @ArchTest
    static final ArchRule cliDoesNotUseViews = noClasses()
            .that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAPackage("..view..");

    @ArchTest
    static final ArchRule enginesDoNotUseViewsOrCli = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("..view..", "..cli..", "glassbox.app..");
}
