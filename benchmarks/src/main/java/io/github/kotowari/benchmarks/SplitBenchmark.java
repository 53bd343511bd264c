package io.github.kotowari.benchmarks;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning the split of an order over the konbini cap ({@code SplitPlanner.plan}) for 5 items
 * (exact branch and bound) and 20, 1,000 and 100,000 items (first-fit decreasing), one unit per
 * line at prices drawn from a fixed seed between ¥1,000 and ¥150,000.
 *
 * <p>The {@code baseline} sorts the unit prices (a copy of a {@code long[]}): first-fit decreasing
 * cannot beat sorting, so the ratio says how much the planning adds to the unavoidable
 * O(n log n).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SplitBenchmark {

  @Param({"5", "20", "1000", "100000"})
  public int items;

  private final SplitPlanner planner = SplitPlanner.of(KonbiniPolicy.amazonJapan());
  private Order order;
  private long[] prices;

  /** Draws the prices and builds the order. */
  @Setup
  public void setUp() {
    Random random = new Random(items);
    List<Yen> yen = new ArrayList<>(items);
    prices = new long[items];
    for (int i = 0; i < items; i++) {
      prices[i] = 1_000 + random.nextInt(149_001);
      yen.add(Yen.ofPrice(prices[i]));
    }
    order = SplitPlanner.orderOf(yen);
  }

  /** Kotowari: the plan with the fewest konbini orders it finds. */
  @Benchmark
  public SplitPlan plan() {
    return planner.plan(order);
  }

  /** Sorting a copy of the unit prices, the floor under any first-fit-decreasing plan. */
  @Benchmark
  public long[] baseline() {
    long[] copy = prices.clone();
    Arrays.sort(copy);
    return copy;
  }
}
