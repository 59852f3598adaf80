package org.diplograph;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.diplograph.db.Database;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.async.AsyncSession;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the walk honest: services never see Javalin, extraction never sees the database, only load writes, no package cycles. */
// no graph: runs in the second lane (see junit-platform.properties)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(org.diplograph.Lanes.CHILD_PROCESSES)
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.diplograph");

    @Test
    void servicesDoNotDependOnJavalin() {
        noClasses().that().resideInAnyPackage("..extract..", "..load..", "..graph..", "..console..", "..source..", "..db..",
                        "..facts..", "..config..", "..analysis..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(classes);
    }

    @Test
    void extractionIsPureJava() {
        noClasses().that().resideInAnyPackage("..extract..", "..facts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "io.javalin..", "org.diplograph.db..",
                        "org.diplograph.load..")
                .check(classes);
    }

    @Test
    void onlyTheLoaderWritesEntities() {
        noClasses().that().resideInAnyPackage("..graph..", "..console..", "..source..", "..web..", "..analysis..")
                .should().dependOnClassesThat().haveSimpleName("Loader")
                .check(classes);
    }

    /** No two packages depend on each other, however indirectly (api, config, console, db, extract, facts, graph, load, source, web). */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.diplograph.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Nothing points back up to the command line and wiring (App, Cli, the commands): they sit on top of every package. */
    @Test
    void noPackageDependsOnTheTop() {
        noClasses().that().resideInAPackage("org.diplograph.*..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph")
                .check(classes);
    }

    /**
     * Only {@code load} writes the graph: no class elsewhere opens a write transaction (the driver's {@code executeWrite},
     * {@code executeWriteWithoutResult}, {@code writeTransaction}) or calls {@link Database}'s write helpers; {@code db}
     * itself is the helper and applies the schema.
     */
    @Test
    void onlyLoadWrites() {
        DescribedPredicate<JavaMethodCall> write = DescribedPredicate.describe("a graph write", call ->
                (call.getTargetOwner().isAssignableTo(Session.class) || call.getTargetOwner().isAssignableTo(AsyncSession.class))
                        && WRITE_TRANSACTIONS.contains(call.getName())
                || call.getTargetOwner().isEquivalentTo(Database.class) && DATABASE_WRITES.contains(call.getName()));
        noClasses().that().resideOutsideOfPackages("org.diplograph.load..", "org.diplograph.db..")
                .should().callMethodWhere(write)
                .check(classes);
    }

    private static final Set<String> WRITE_TRANSACTIONS = Set.of("executeWrite", "executeWriteAsync",
            "executeWriteWithoutResult", "writeTransaction", "writeTransactionAsync");
    private static final Set<String> DATABASE_WRITES = Set.of("write", "writeTx", "autoCommit");

    /** The extraction steps (read, clean, annotate, recognize, resolve, relate, rules) depend on each other one way. */
    @Test
    void extractionStepsHaveNoCycles() {
        slices().matching("org.diplograph.extract.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A step never reaches back to the orchestrator: Extractor uses the steps, not the other way round. */
    @Test
    void stepsDoNotUseTheOrchestrator() {
        noClasses().that().resideInAPackage("org.diplograph.extract.(*)..")
                .should().dependOnClassesThat().resideInAPackage("org.diplograph.extract")
                .check(classes);
    }
}
