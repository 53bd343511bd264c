package io.github.kotowari.core.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.nio.file.Path;
import java.util.Set;

/**
 * The architecture rules every Kotowari module's build checks against its own main classes.
 *
 * <p>Shared through {@code kotowari-core}'s test jar: each module has a small {@code ArchitectureTest}
 * that calls {@link #checkModule(String)}. Each rule is shown to fail on a deliberately bad class in
 * {@code KotowariArchitectureTest}, so a rule that silently matches nothing is caught.
 */
public final class KotowariArchitecture {

  private KotowariArchitecture() {}

  /** The root package of the published code. */
  public static final String ROOT = "io.github.kotowari";

  private static final Set<String> FORBIDDEN_SYSTEM_METHODS =
      Set.of("currentTimeMillis", "nanoTime", "getenv", "getProperty", "getProperties", "setProperty",
          "exit", "console");

  /**
   * Published code performs no I/O and reads no ambient state: no files, no network (the value type
   * {@code java.net.URI} excepted), no system clock, default zone, default locale, environment,
   * system properties, randomness or threads, and it never prints.
   */
  public static final ArchRule NO_IO_OR_AMBIENT_STATE = CompositeArchRule.of(
          noClasses().should().dependOnClassesThat(describe("are file I/O types (java.io.File*, RandomAccessFile)",
              (JavaClass c) -> c.getPackageName().equals("java.io")
                  && (c.getSimpleName().startsWith("File") || c.getSimpleName().equals("RandomAccessFile")))))
      .and(noClasses().should().dependOnClassesThat(describe("are in java.nio.file or java.net (except java.net.URI)",
          (JavaClass c) -> c.getPackageName().startsWith("java.nio.file")
              || (c.getPackageName().equals("java.net") && !c.getName().equals("java.net.URI")))))
      .and(noClasses().should().callMethodWhere(describe("reads the clock, environment or system properties of java.lang.System",
          (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(System.class)
              && FORBIDDEN_SYSTEM_METHODS.contains(call.getName()))))
      .and(noClasses().should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().accessField(System.class, "in"))
      .and(noClasses().should().callMethodWhere(describe("reads the system clock or default zone of java.time",
          (JavaMethodCall call) -> call.getTargetOwner().getPackageName().equals("java.time")
              && ((call.getName().equals("now") && call.getTarget().getRawParameterTypes().isEmpty())
                  || call.getName().startsWith("system")))))
      .and(noClasses().should().callMethod(java.util.TimeZone.class, "getDefault")
          .orShould().callMethod(java.util.Locale.class, "getDefault")
          .orShould().callMethod(java.util.Locale.class, "getDefault", java.util.Locale.Category.class)
          .orShould().callMethod(Math.class, "random"))
      .and(noClasses().should().callMethodWhere(describe("uses the default locale of java.lang.String",
          (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(String.class)
              && (((call.getName().equals("toLowerCase") || call.getName().equals("toUpperCase"))
                      && call.getTarget().getRawParameterTypes().isEmpty())
                  || (call.getName().equals("format") && !firstParameterIsLocale(call.getTarget()))))))
      .and(noClasses().should().dependOnClassesThat(describe("are randomness or thread types",
          (JavaClass c) -> c.isAssignableTo(java.util.Random.class) || c.isAssignableTo(Thread.class))))
      .as("published code performs no I/O and reads no ambient state")
      .allowEmptyShould(true);

  private static boolean firstParameterIsLocale(AccessTarget.CodeUnitCallTarget target) {
    return !target.getRawParameterTypes().isEmpty()
        && target.getRawParameterTypes().get(0).isEquivalentTo(java.util.Locale.class);
  }

  /**
   * The module layering under {@code root}: {@code carriers} and {@code konbini} depend on {@code core}
   * only, never on each other; {@code core} depends on neither; no published module depends on
   * {@code testkit} or {@code docs}.
   */
  public static ArchRule layering(String root) {
    return CompositeArchRule.of(
            noClasses().that().resideInAPackage(root + ".carriers..")
                .should().dependOnClassesThat().resideInAPackage(root + ".konbini.."))
        .and(noClasses().that().resideInAPackage(root + ".konbini..")
            .should().dependOnClassesThat().resideInAPackage(root + ".carriers.."))
        .and(noClasses().that().resideInAPackage(root + ".core..")
            .should().dependOnClassesThat().resideInAnyPackage(root + ".carriers..", root + ".konbini..",
                root + ".testkit..", root + ".docs.."))
        .and(noClasses().that().resideInAnyPackage(root + ".carriers..", root + ".konbini..")
            .should().dependOnClassesThat().resideInAnyPackage(root + ".testkit..", root + ".docs.."))
        .as("carriers and konbini depend on core only; core depends on neither")
        .allowEmptyShould(true);
  }

  /** No cycle between the packages under {@code root}. */
  public static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles()
        .as("no package cycles under " + root)
        .allowEmptyShould(true);
  }

  /**
   * Public classes of API packages (every package but {@code ..internal..}) have only final fields,
   * static or not: values are immutable and the library keeps no global mutable state.
   */
  public static final ArchRule NO_MUTABLE_FIELDS_IN_API = fields()
      .that().areDeclaredInClassesThat().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
      .should().beFinal()
      .as("public classes in API packages have only final fields")
      .allowEmptyShould(true);

  /** Every rule, for the production classes under {@link #ROOT}. */
  public static ArchRule all() {
    return CompositeArchRule.of(NO_IO_OR_AMBIENT_STATE)
        .and(layering(ROOT))
        .and(noPackageCycles(ROOT))
        .and(NO_MUTABLE_FIELDS_IN_API);
  }

  /**
   * Checks every rule against the main classes of the module whose tests are running (Surefire runs
   * in the module's base directory, so {@code target/classes} is this module's own output).
   */
  public static void checkModule(String expectedPackage) {
    JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
    if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(expectedPackage))) {
      throw new AssertionError("no classes of " + expectedPackage + " found in target/classes");
    }
    all().check(classes);
  }
}
