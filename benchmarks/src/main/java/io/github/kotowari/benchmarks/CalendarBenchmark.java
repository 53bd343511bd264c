package io.github.kotowari.benchmarks;

import io.github.kotowari.core.calendar.BusinessCalendar;
import io.github.kotowari.core.calendar.JapaneseHolidays;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calendar's hot paths: {@code isHoliday} and {@code addBusinessDays(d, 20)} over 4,096 dates
 * spread across 1950–2095. Both should show 0 B/op with {@code -prof gc} apart from the returned
 * {@link LocalDate} of {@code addBusinessDays}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CalendarBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
public class CalendarBenchmark {
  private static final int MASK = 4095;

  private final JapaneseHolidays holidays = JapaneseHolidays.standard();
  private final BusinessCalendar banks = BusinessCalendar.banking(holidays);
  private final LocalDate[] dates = new LocalDate[MASK + 1];
  private int next;

  /** Fills the dates deterministically: a stride through 1950–2095 that hits every weekday. */
  @Setup
  public void setUp() {
    long first = LocalDate.of(1950, 1, 1).toEpochDay();
    long span = LocalDate.of(2095, 12, 31).toEpochDay() - first;
    for (int i = 0; i < dates.length; i++) {
      dates[i] = LocalDate.ofEpochDay(first + (i * 7_919L) % span);
    }
  }

  /** {@code JapaneseHolidays.isHoliday}: one bit lookup. */
  @Benchmark
  public boolean isHoliday() {
    return holidays.isHoliday(dates[next++ & MASK]);
  }

  /** {@code BusinessCalendar.addBusinessDays(d, 20)} on the bank calendar: rank, binary search, select. */
  @Benchmark
  public LocalDate addBusinessDays() {
    return banks.addBusinessDays(dates[next++ & MASK], 20);
  }

  /** The same, keeping only the epoch day, so escape analysis can drop the result object. */
  @Benchmark
  public long addBusinessDaysEpochDay() {
    return banks.addBusinessDays(dates[next++ & MASK], 20).toEpochDay();
  }
}
