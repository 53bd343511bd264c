package io.github.kotowari.core.arch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import archfixture.cycle.a.A;
import archfixture.cycle.b.B;
import archfixture.fields.MutableValue;
import archfixture.fields.internal.MutableHelper;
import archfixture.io.BadIo;
import archfixture.root.carriers.CarrierThing;
import archfixture.root.konbini.KonbiniThing;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule fails on a deliberately bad class and passes on a good one. */
class KotowariArchitectureTest {

  private static JavaClasses load(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  static Stream<Class<?>> ioViolations() {
    return Stream.of(BadIo.ReadsFile.class, BadIo.UsesPath.class, BadIo.OpensSocket.class,
        BadIo.ReadsSystemClock.class, BadIo.ReadsNanoTime.class, BadIo.ReadsEnvironment.class,
        BadIo.ReadsSystemProperty.class, BadIo.Prints.class, BadIo.ReadsInstantNow.class,
        BadIo.ReadsLocalDateNow.class, BadIo.UsesSystemClock.class, BadIo.UsesDefaultZone.class,
        BadIo.UsesDefaultTimeZone.class, BadIo.UsesDefaultLocale.class,
        BadIo.LowerCasesWithDefaultLocale.class, BadIo.FormatsWithDefaultLocale.class,
        BadIo.UsesRandom.class, BadIo.StartsThread.class);
  }

  @ParameterizedTest
  @MethodSource("ioViolations")
  void noIoRuleRejects(Class<?> bad) {
    assertThrows(AssertionError.class, () -> KotowariArchitecture.NO_IO_OR_AMBIENT_STATE.check(load(bad)));
  }

  @Test
  void noIoRuleAcceptsExplicitClockLocaleAndUri() {
    assertDoesNotThrow(() -> KotowariArchitecture.NO_IO_OR_AMBIENT_STATE.check(load(BadIo.Allowed.class)));
  }

  @Test
  void layeringRejectsCarriersDependingOnKonbini() {
    assertThrows(AssertionError.class,
        () -> KotowariArchitecture.layering("archfixture.root").check(load(CarrierThing.class, KonbiniThing.class)));
  }

  @Test
  void layeringAcceptsIndependentModules() {
    assertDoesNotThrow(() -> KotowariArchitecture.layering("archfixture.root").check(load(KonbiniThing.class)));
  }

  @Test
  void cycleRuleRejectsPackageCycle() {
    assertThrows(AssertionError.class,
        () -> KotowariArchitecture.noPackageCycles("archfixture.cycle").check(load(A.class, B.class)));
  }

  @Test
  void cycleRuleAcceptsOneWayDependency() {
    assertDoesNotThrow(
        () -> KotowariArchitecture.noPackageCycles("archfixture.root").check(load(CarrierThing.class, KonbiniThing.class)));
  }

  @Test
  void fieldRuleRejectsNonFinalFieldInApiPackage() {
    assertThrows(AssertionError.class, () -> KotowariArchitecture.NO_MUTABLE_FIELDS_IN_API.check(load(MutableValue.class)));
  }

  @Test
  void fieldRuleAllowsInternalPackages() {
    assertDoesNotThrow(() -> KotowariArchitecture.NO_MUTABLE_FIELDS_IN_API.check(load(MutableHelper.class)));
  }
}
