package io.github.kotowari.benchmarks;

import com.google.common.base.Strings;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.money.YenParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing typed amounts; the 1 MB input is rejected by its length before it is read, so it should
 * cost no more than a short one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class YenParseBenchmark {

  private final String kanji = "１億２０００万円";
  private final String grouped = "¥300,000";
  private final String huge = Strings.repeat("9", 1 << 20);

  @Benchmark
  public YenParseResult kanjiUnits() {
    return Yen.tryParse(kanji);
  }

  @Benchmark
  public YenParseResult groupedDigits() {
    return Yen.tryParse(grouped);
  }

  @Benchmark
  public YenParseResult oneMegabyte() {
    return Yen.tryParse(huge);
  }
}
