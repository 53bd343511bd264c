package io.github.kotowari.testkit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * One fuzz target over every entry point, for the short fuzzing run in {@code ./mvnw verify}: Jazzer
 * fuzzes one target per JVM, and one JVM for all of them keeps that run short. The first byte picks the
 * entry point, the rest is its input. The {@code -Pfuzz} profile fuzzes each target on its own.
 */
class EntryPointsFuzzTest {

  private static final List<Consumer<byte[]>> TARGETS = List.of(
      YenFuzzTest::check,
      PaymentNumberFuzzTest::check,
      KonbiniStoreLookupFuzzTest::check,
      CheckDigitsFuzzTest::check,
      OrderTextFuzzTest::check,
      CheckDigitsFuzzTest::checkAll,
      InputNormalizerFuzzTest::check);

  @FuzzTest(maxDuration = "20s")
  void anyEntryPoint(byte[] data) {
    if (data.length == 0) {
      TARGETS.forEach(target -> target.accept(data));
      return;
    }
    TARGETS.get(Math.floorMod(data[0], TARGETS.size())).accept(Arrays.copyOfRange(data, 1, data.length));
  }
}
