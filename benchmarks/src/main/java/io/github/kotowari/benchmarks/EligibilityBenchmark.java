package io.github.kotowari.benchmarks;

import io.github.kotowari.benchmarks.peer.EasyRulesKonbini;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Konbini eligibility ({@code KonbiniEligibility.amazonJapan().check(order, mode)}) beside the same
 * rules written for Easy Rules ({@link EasyRulesKonbini}), on orders of 1 to 10⁶ lines.
 *
 * <ul>
 *   <li>{@code eligible=true}: physical items, standard shipping, total between ¥1 and ¥300,000;
 *       every rule passes. Goal: 0 B/op in {@code FIRST_VIOLATION}.
 *   <li>{@code eligible=false}: express shipping and a gift card as the <em>last</em> line, so the
 *       gift-card rule, when it runs, scans every line to list the offending ones (linear); in
 *       {@code FIRST_VIOLATION} the express rule stops evaluation before it.
 * </ul>
 *
 * <p>Both engines read the same precomputed facts of {@link Order} (total, item kinds), so an
 * eligible order costs the same at every size: the order's own construction, which is linear, is
 * measured by {@code OrderBenchmark}. Kotowari's violations carry more than the peer's (remedies
 * with the methods to pay another way, bilingual messages), which favours the peer.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EligibilityBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EligibilityBenchmark {

  @Param({"1", "10", "100", "10000", "1000000"})
  public int items;

  @Param({"FIRST_VIOLATION", "ALL_WITH_TRACE"})
  public String mode;

  @Param({"true", "false"})
  public boolean eligible;

  private final KonbiniEligibility konbini = KonbiniEligibility.amazonJapan();
  private final EasyRulesKonbini easyRules = new EasyRulesKonbini(KonbiniPolicy.amazonJapan());
  private final Set<PaymentMethod.Kind> nothingSelected = Set.of();
  private Order order;
  private Mode evaluationMode;

  /** Builds the order: see the class comment. */
  @Setup
  public void setUp() {
    order = order(items, eligible);
    evaluationMode = Mode.valueOf(mode);
  }

  /**
   * The benchmark's order: {@code items} physical lines worth ¥1,000 in all (so eligible at every
   * size), or, when not eligible, the same with express shipping and a gift card as the last line.
   *
   * @param items the number of lines, at least 1
   * @param eligible whether the order passes every rule
   * @return the order
   */
  static Order order(int items, boolean eligible) {
    List<LineItem> lines = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      long price = i == 0 ? 1_000 - (items - 1) / 1_000 : (i % 1_000 == 0 ? 1 : 0);
      lines.add(LineItem.of("line-" + i, 1, Yen.ofPrice(price), ItemKind.PHYSICAL));
    }
    if (!eligible) {
      lines.set(items - 1, LineItem.of("gift-" + items, 1, Yen.ofPrice(5_000), ItemKind.GIFT_CARD));
    }
    return Order.of(Seller.amazon(), eligible ? ShippingOption.STANDARD : ShippingOption.EXPRESS, lines);
  }

  /** Kotowari: the rule set of {@code KonbiniEligibility}. */
  @Benchmark
  public Decision eligibility() {
    return konbini.check(order, evaluationMode);
  }

  /** The peer: the same rules fired by Easy Rules' {@code DefaultRulesEngine}. */
  @Benchmark
  public EasyRulesKonbini.Decision easyRules() {
    return easyRules.check(order, nothingSelected, evaluationMode);
  }
}
