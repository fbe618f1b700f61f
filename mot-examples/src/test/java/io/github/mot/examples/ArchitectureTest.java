package io.github.mot.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noConstructors;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conventions of the library's shape (docs/architecture.md), held by ArchUnit rules over the
 * compiled classes of every published module and by reading their module descriptors. Runs from
 * the repository root (Surefire's working directory for mot-examples).
 */
class ArchitectureTest {

  /**
   * The published modules, by folder. mot-beam and mot-spark are built before mot-examples in the
   * reactor (they declare no dependency on each other, so the parent's module order holds), so
   * that {@code mvn verify} checks their classes too.
   */
  static final List<String> MODULES =
      List.of("mot-core", "mot-scoring", "mot-servqual", "mot-xlsx", "mot-beam", "mot-spark", "mot-examples");

  /** The modules mot-examples does not depend on, checked when the reactor has built them. */
  private static final List<String> ENGINES = List.of("mot-beam", "mot-spark");

  private static JavaClasses library;

  @BeforeAll
  static void importClasses() {
    List<Path> dirs = new ArrayList<>();
    for (String m : MODULES) {
      Path dir = Path.of(m, "target", "classes");
      // the engine modules are absent from a build of mot-examples alone (-pl mot-examples -am)
      if (java.nio.file.Files.isDirectory(dir) || !ENGINES.contains(m)) {
        dirs.add(dir);
      }
    }
    library = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPaths(dirs);
    assertThat(library).as("classes imported from %s", dirs).hasSizeGreaterThan(100);
  }

  @Test
  void coreDependsOnNoOtherModuleOfTheLibrary() {
    noClasses().that().resideInAPackage("io.github.mot.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.mot.scoring..", "io.github.mot.servqual..", "io.github.mot.examples..")
        .check(library);
  }

  @Test
  void theExcelModuleBuildsOnCoreAloneAndNoReaderOnIt() {
    // every reader takes a workbook as a core RowSource; the spreadsheet library stays in mot-xlsx
    noClasses().that().resideInAPackage("io.github.mot.xlsx..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.mot.scoring..", "io.github.mot.servqual..")
        .check(library);
    noClasses().that().resideInAnyPackage("io.github.mot.core..", "io.github.mot.scoring..", "io.github.mot.servqual..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.mot.xlsx..", "org.dhatim..")
        .check(library);
  }

  @Test
  void coreNeedsNothingAtRunTime() {
    // Jackson annotations, JSpecify and Immutables are compile-time only (requires static)
    classes().that().resideInAPackage("io.github.mot.core..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.github.mot.core..", "org.jspecify..", "org.immutables..",
            "com.fasterxml.jackson.annotation..")
        .check(library);
  }

  @Test
  void scoringAndServqualAreIndependent() {
    noClasses().that().resideInAPackage("io.github.mot.scoring..")
        .should().dependOnClassesThat().resideInAPackage("io.github.mot.servqual..")
        .check(library);
    noClasses().that().resideInAPackage("io.github.mot.servqual..")
        .should().dependOnClassesThat().resideInAPackage("io.github.mot.scoring..")
        .check(library);
  }

  @Test
  void theLibraryDoesNotDependOnTheCommandLine() {
    noClasses().that().resideOutsideOfPackage("io.github.mot.examples..")
        .should().dependOnClassesThat().resideInAPackage("io.github.mot.examples..")
        .check(library);
  }

  @Test
  void resultsAreRenderedByTheTableModelOnly() {
    // one renderer per format: no module writes JSON or CSV of results with its own generator
    noClasses().that().resideInAnyPackage("io.github.mot.scoring..", "io.github.mot.core..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..",
            "de.siegmar.fastcsv.writer..")
        .check(library);
  }

  /** The type that every result implements. */
  private static final String TABULAR = "io.github.mot.core.table.Tabular";

  @Test
  void servqualResultsAndTheirRowsHaveNoPublicConstructor() {
    // a result cannot be built inconsistent: only its analysis (same package) constructs it
    DescribedPredicate<JavaClass> resultOrNestedInOne = new DescribedPredicate<>("are Tabular or nested in one") {
      @Override
      public boolean test(JavaClass c) {
        for (JavaClass t = c; t != null; t = t.getEnclosingClass().orElse(null)) {
          if (t.isAssignableTo(TABULAR)) {
            return true;
          }
        }
        return false;
      }
    };
    noConstructors().that().areDeclaredInClassesThat().resideInAPackage("io.github.mot.servqual..")
        .and().areDeclaredInClassesThat(resultOrNestedInOne)
        .should().bePublic()
        .check(library);
  }

  @Test
  void everyServqualReportIsTabular() {
    classes().that().resideInAPackage("io.github.mot.servqual..")
        .and().arePublic().and().areTopLevelClasses()
        .and().haveSimpleNameEndingWith("Report")
        .should().beAssignableTo(TABULAR) // classes implement it; AnalysisReport and its kin extend it
        .check(library);
  }

  /** The model package of mot-servqual: what every topic package may use. */
  private static final String SERVQUAL_MODEL = "io.github.mot.servqual";

  /** The topic packages of mot-servqual, each exported, one topic each. */
  private static final List<String> SERVQUAL_TOPICS = List.of(
      "io.github.mot.servqual.gap", "io.github.mot.servqual.perception",
      "io.github.mot.servqual.reliability", "io.github.mot.servqual.io");

  /** Topic packages that build on another topic: none today. */
  private static final Map<String, Set<String>> SERVQUAL_TOPIC_USES = Map.of();

  @Test
  void servqualExportsTheModelAndOnePackagePerTopic() throws IOException {
    ModuleDescriptor d = descriptor("mot-servqual");
    Set<String> unqualified = new TreeSet<>();
    d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> unqualified.add(e.source()));
    Set<String> expected = new TreeSet<>(SERVQUAL_TOPICS);
    expected.add(SERVQUAL_MODEL);
    // a new topic gets its own package, listed here and in docs/architecture.md
    assertThat(unqualified).as("the exported packages of mot-servqual").isEqualTo(expected);
  }

  /** The exported packages of mot-scoring: the scorers and accumulators, the readers, the columnar log. */
  private static final Set<String> SCORING_PACKAGES = Set.of(
      "io.github.mot.scoring", "io.github.mot.scoring.io", "io.github.mot.scoring.log");

  @Test
  void scoringExportsItsPackages() throws IOException {
    ModuleDescriptor d = descriptor("mot-scoring");
    Set<String> unqualified = new TreeSet<>();
    d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> unqualified.add(e.source()));
    // a new package is listed here and in docs/architecture.md
    assertThat(unqualified).as("the exported packages of mot-scoring").isEqualTo(new TreeSet<>(SCORING_PACKAGES));
  }

  @Test
  void theEncounterLogDependsOnNeitherTheScorersNorTheReaders() {
    // the readers will fill the log and the analyses read it: the log itself stands below both
    noClasses().that().resideInAPackage("io.github.mot.scoring.log")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.mot.scoring", "io.github.mot.scoring.io")
        .check(library);
  }

  @Test
  void servqualTopicPackagesDependOnlyOnTheModel() {
    // one topic per package: a topic uses the model (and the internal engine), not another topic
    for (String topic : SERVQUAL_TOPICS) {
      List<String> others = new ArrayList<>(SERVQUAL_TOPICS);
      others.remove(topic);
      others.removeAll(SERVQUAL_TOPIC_USES.getOrDefault(topic, Set.of()));
      noClasses().that().resideInAPackage(topic)
          .should().dependOnClassesThat().resideInAnyPackage(others.toArray(new String[0]))
          .because("each exported package of mot-servqual holds one topic")
          .check(library);
    }
    noClasses().that().resideInAPackage(SERVQUAL_MODEL)
        .should().dependOnClassesThat().resideInAnyPackage(SERVQUAL_TOPICS.toArray(new String[0]))
        .because("the model package is what the topics share")
        .check(library);
  }

  @Test
  void servqualAnalysesAndTheirReportsShareAPackage() {
    // every result an analysis returns lives beside it: GapAnalysis and GapReport, ...
    ArchCondition<JavaMethod> ownPackage = new ArchCondition<>("return results of their own package") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        JavaClass r = m.getRawReturnType();
        if (r.isAssignableTo(TABULAR) && !r.getPackageName().equals(m.getOwner().getPackageName())
            && !r.getPackageName().equals(SERVQUAL_MODEL)) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " returns " + r.getName()
              + " of another topic package"));
        }
      }
    };
    methods().that().areDeclaredInClassesThat().resideInAnyPackage(SERVQUAL_TOPICS.toArray(new String[0]))
        .and().arePublic()
        .should(ownPackage)
        .check(library);
    classes().that().resideInAnyPackage(SERVQUAL_TOPICS.toArray(new String[0]))
        .and().arePublic().and().areTopLevelClasses().and().haveSimpleNameEndingWith("Analysis")
        .should(new ArchCondition<>("have their report in their package") {
          @Override
          public void check(JavaClass c, ConditionEvents events) {
            String report = c.getName().replaceFirst("Analysis$", "Report");
            if (!library.contain(report)) {
              events.add(SimpleConditionEvent.violated(c, c.getName() + " has no " + report + " beside it"));
            }
          }
        })
        .check(library);
  }

  @Test
  void servqualApiExposesNoInternalType() {
    // internal hooks (TableRow, the engine, the result bases' helpers) stay behind qualified exports
    ArchCondition<JavaMethod> noInternal = new ArchCondition<>("name no internal type in their signature") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>(m.getRawParameterTypes());
        types.add(m.getRawReturnType());
        for (JavaClass t : types) {
          if (t.getPackageName().contains(".internal")) {
            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " names " + t.getName()));
          }
        }
      }
    };
    methods().that().areDeclaredInClassesThat().resideInAnyPackage("io.github.mot.servqual", "io.github.mot.servqual.gap",
            "io.github.mot.servqual.perception", "io.github.mot.servqual.reliability", "io.github.mot.servqual.io")
        .and().areDeclaredInClassesThat().arePublic()
        .and().arePublic()
        .should(noInternal)
        .check(library);
    fields().that().areDeclaredInClassesThat().resideInAnyPackage("io.github.mot.servqual..")
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .and().arePublic().and().areStatic()
        .should().notHaveName("MISSING_BYTE_VALUE")
        .check(library);
  }

  @Test
  void servqualRowRecordsAreNotPublic() {
    // a record's canonical constructor is as visible as the record: rows are public sealed
    // interfaces implemented by package-private records that only the analyses build
    // (input values such as SurveyData.Rescaling and the readers' results stay public records)
    classes().that().resideInAnyPackage("io.github.mot.servqual.gap", "io.github.mot.servqual.perception",
            "io.github.mot.servqual.reliability")
        .and().areRecords()
        .should().notBePublic()
        .check(library);
  }

  /** The module descriptor of a module, from its compiled classes. */
  private static ModuleDescriptor descriptor(String module) throws IOException {
    try (InputStream in = Files.newInputStream(Path.of(module, "target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void everyPackageIsNullMarked() {
    ArchCondition<JavaClass> nullMarked = new ArchCondition<>("be in a @NullMarked package") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean marked = c.getPackage().isAnnotatedWith("org.jspecify.annotations.NullMarked");
        if (!marked) {
          events.add(SimpleConditionEvent.violated(c, c.getPackageName() + " has no @NullMarked package-info"));
        }
      }
    };
    classes().that().resideInAPackage("io.github.mot..")
        .and().doNotHaveSimpleName("package-info")
        .and().doNotHaveSimpleName("module-info")
        .should(nullMarked)
        .check(library);
  }

  /**
   * Scoring types that implement {@code Tabular} but are input values, not results, so that users
   * build them: a {@code ContactVolume} (customers, contacts per customer, seconds per contact) is
   * what a user knows and feeds to the forecast. It is a record, whose canonical constructor the
   * language makes as visible as the record; the constructor validates every part (and {@code
   * of(...)} is the same), so it cannot be built inconsistent either.
   */
  private static final Set<String> SCORING_INPUT_VALUES = Set.of("io.github.mot.scoring.ContactVolume");

  /**
   * Accumulators without a public static {@code create}, each with the reason. None today: every
   * accumulator has one ({@code FirstImpressionAccumulator.create(scale)} and {@code
   * GroupedScorecardAccumulator.create(grouping)} take the one argument they cannot do without).
   */
  private static final Map<String, String> ACCUMULATORS_WITHOUT_CREATE = Map.of();

  @Test
  void scoringResultsHaveNoPublicConstructor() {
    // a result cannot be built inconsistent: scorers and accumulators build it, users read it;
    // rows nested in a result are built with it
    DescribedPredicate<JavaClass> resultOrNestedInOne = DescribedPredicate.describe(
        "a Tabular scoring result or a type nested in one (input values excepted)",
        c -> c.getPackageName().startsWith("io.github.mot.scoring")
            && !SCORING_INPUT_VALUES.contains(c.getName())
            && (c.isAssignableTo(TABULAR)
                || c.getEnclosingClass().map(e -> e.isAssignableTo(TABULAR)).orElse(false)));
    constructors().that().areDeclaredInClassesThat(resultOrNestedInOne)
        .should().notBePublic()
        .check(library);
  }

  @Test
  void everyAccumulatorHasAPublicStaticCreate() {
    ArchCondition<JavaClass> create = new ArchCondition<>("have a public static create method") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean found = false;
        for (JavaMethod m : c.getMethods()) {
          found |= m.getName().equals("create")
              && m.getModifiers().contains(JavaModifier.PUBLIC)
              && m.getModifiers().contains(JavaModifier.STATIC)
              && m.getRawReturnType().equals(c);
        }
        if (!found && !ACCUMULATORS_WITHOUT_CREATE.containsKey(c.getName())) {
          events.add(SimpleConditionEvent.violated(c, c.getName()
              + " has no public static create(...) and no reason in ACCUMULATORS_WITHOUT_CREATE"));
        }
      }
    };
    classes().that().resideInAPackage("io.github.mot..")
        .and().haveSimpleNameEndingWith("Accumulator")
        .and().arePublic()
        .should(create)
        .check(library);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mot-core", "mot-scoring", "mot-servqual", "mot-xlsx", "mot-examples"})
  void internalPackagesAreExportedOnlyToTheLibrary(String module) throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of(module, "target", "classes", "module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    for (ModuleDescriptor.Exports e : d.exports()) {
      if (e.source().contains(".internal")) {
        assertThat(e.isQualified()).as("%s exports %s to everyone", module, e.source()).isTrue();
        assertThat(e.targets()).as("%s exports %s", module, e.source())
            .allMatch(t -> t.startsWith("io.github.mot."));
      }
    }
    // and every package that holds classes is either exported or internal (no stray API)
    Set<String> unexported = new TreeSet<>(d.packages());
    d.exports().forEach(e -> unexported.remove(e.source()));
    try (Stream<String> names = unexported.stream()) {
      assertThat(names.filter(p -> !p.contains(".internal") && !p.endsWith(".i18n")).toList())
          .as("packages of %s neither exported nor internal", module).isEmpty();
    }
  }
}
