package io.github.kotowari.benchmarks;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import java.util.ArrayList;
import java.util.List;
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
 * Building an {@link Order} is linear in its number of lines: the time per line should stay flat
 * from 10⁴ to 10⁶ lines (validation, duplicate-id check and totals are one pass). Divide the score by
 * {@code lines} to compare sizes.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar OrderBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class OrderBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int lines;

  private List<LineItem> items;
  private Order order;

  @Setup
  public void setUp() {
    items = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      items.add(LineItem.of("line-" + i, 1 + i % 5, Yen.ofPrice(100 + i % 10_000), ItemKind.PHYSICAL));
    }
    order = Order.of(Seller.amazon(), ShippingOption.STANDARD, items);
  }

  /** Copies, validates and sums every line. */
  @Benchmark
  public Order build() {
    return Order.of(Seller.amazon(), ShippingOption.STANDARD, items);
  }

  /** Reads the precomputed total: constant time whatever the size. */
  @Benchmark
  public Yen total() {
    return order.total();
  }

  /** A wither reuses the lines and totals: constant time whatever the size. */
  @Benchmark
  public Order withShipping() {
    return order.withShipping(ShippingOption.EXPRESS).withShipping(ShippingOption.STANDARD);
  }
}
