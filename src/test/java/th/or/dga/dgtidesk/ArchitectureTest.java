package th.or.dga.dgtidesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of CONVENTIONS.md, kept honest. */
@AnalyzeClasses(packages = "th.or.dga.dgtidesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFxOutsideTheUi = noClasses()
            .that().resideOutsideOfPackages("th.or.dga.dgtidesk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp..");

    @ArchTest
    static final ArchRule generatedTablesOnlyInRepositoriesAndDb = classes()
            .that().resideInAPackage("th.or.dga.dgtidesk.db.generated..")
            .should().onlyBeAccessed().byClassesThat(
                    com.tngtech.archunit.base.DescribedPredicate.describe("repositories, db/ and the demo loader",
                            c -> c.getPackageName().startsWith("th.or.dga.dgtidesk.db")
                                    || c.getPackageName().startsWith("th.or.dga.dgtidesk.demo")
                                    || c.getSimpleName().endsWith("Repository")
                                    || c.getEnclosingClass().map(e -> e.getSimpleName().endsWith("Repository"))
                                            .orElse(false)));

    @ArchTest
    static final ArchRule servicesDoNotTouchJooqDirectly = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("th.or.dga.dgtidesk.db.generated..");

    @ArchTest
    static final ArchRule commonDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("th.or.dga.dgtidesk.common..")
            .should().dependOnClassesThat().resideInAnyPackage("th.or.dga.dgtidesk.db..", "th.or.dga.dgtidesk.ui..",
                    "th.or.dga.dgtidesk.cli..", "org.jooq..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheUiOrCli = noClasses()
            .that().resideOutsideOfPackages("th.or.dga.dgtidesk.ui..", "th.or.dga.dgtidesk.cli..")
            .and().doNotHaveSimpleName("Main")
            .should().dependOnClassesThat().resideInAnyPackage("th.or.dga.dgtidesk.ui..", "th.or.dga.dgtidesk.cli..");

    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices()
            .matching("th.or.dga.dgtidesk.(*)..")
            .should().beFreeOfCycles();
}
