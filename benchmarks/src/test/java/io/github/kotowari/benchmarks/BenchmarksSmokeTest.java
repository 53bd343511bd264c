package io.github.kotowari.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every {@code @Benchmark} method runs, in this JVM, for one short iteration with the smallest value
 * of each numeric {@code @Param} (sizes) and every value of the others (modes): a benchmark that
 * throws, or one that the annotation processor did not register, fails the build. Nothing here is a
 * measurement.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Set<BenchmarkListEntry> entries = BenchmarkList.defaultList().getAll(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of());
    Set<String> expected = new TreeSet<>();
    Map<String, String> smallest = new HashMap<>();
    for (BenchmarkListEntry entry : entries) {
      expected.add(entry.getUsername());
      if (entry.getParams().hasValue()) {
        entry.getParams().get().forEach((key, values) -> {
          for (String value : values) {
            if (value.matches("[0-9]{1,9}")) {
              smallest.merge(key, value, (a, b) -> Integer.parseInt(a) <= Integer.parseInt(b) ? a : b);
            }
          }
        });
      }
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("io\\.github\\.kotowari\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(1))
        .timeUnit(TimeUnit.NANOSECONDS)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT);
    smallest.forEach(options::param);

    // The smoke run measures nothing, so a JMH run of the suite elsewhere on the machine (which holds
    // JMH's lock file) must not make it fail.
    System.setProperty("jmh.ignoreLock", "true");
    Set<String> ran = new TreeSet<>();
    for (RunResult result : new Runner(options.build()).run()) {
      ran.add(result.getParams().getBenchmark());
    }

    assertTrue(expected.contains(CalendarBenchmark.class.getName() + ".isHoliday"), expected::toString);
    assertEquals(expected, ran);
  }
}
