package io.github.kotowari.benchmarks;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Outcome;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
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
 * The rule API's own cost: a three-rule set in which one rule reads every line of the order, on
 * orders of 10² to 10⁶ lines, in each mode, for an order that passes and one that does not. Time per
 * line should stay flat as the order grows (divide the score by {@code lines}); with {@code -prof gc}
 * an allowed decision without trace allocates nothing ({@code gc.alloc.rate.norm} ≈ 0 B/op).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuleSetBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RuleSetBenchmark {

  static final Yen CAP = Yen.of(300_000);
  static final ReasonCode OVER = ReasonCode.builder("bench.over-cap")
      .japanese("上限超過").english("Over the cap").build();
  static final ReasonCode EXPRESS = ReasonCode.builder("bench.express")
      .japanese("お急ぎ便").english("Express").build();
  static final ReasonCode GIFT = ReasonCode.builder("bench.gift-card")
      .japanese("ギフト券").english("Gift card").build();

  static final RuleSet<Order> RULES = RuleSet.of(
      Rule.check("bench.over-cap", "total at most the cap",
          order -> !order.total().isGreaterThan(CAP), order -> Violation.of(OVER)),
      Rule.of("bench.express", "not express",
          order -> order.shipping().isExpress() ? Outcome.violated(Violation.of(EXPRESS)) : Outcome.pass()),
      Rule.check("bench.gift-card", "no line is a gift card (reads every line)",
          RuleSetBenchmark::noGiftCardLine, order -> Violation.of(GIFT)));

  static boolean noGiftCardLine(Order order) {
    List<LineItem> lines = order.lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      if (lines.get(i).kind() == ItemKind.GIFT_CARD) {
        return false;
      }
    }
    return true;
  }

  @Param({"100", "10000", "1000000"})
  public int lines;

  @Param({"FIRST_VIOLATION", "ALL_VIOLATIONS", "ALL_WITH_TRACE"})
  public String mode;

  private Order allowed;
  private Order refused;
  private Mode evaluationMode;

  @Setup
  public void setUp() {
    List<LineItem> items = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      items.add(LineItem.of("line-" + i, 1, Yen.ofPrice(0), ItemKind.PHYSICAL));
    }
    allowed = Order.of(Seller.amazon(), ShippingOption.STANDARD, items);
    items.set(lines - 1, LineItem.of("gift", 1, Yen.ofPrice(400_000), ItemKind.GIFT_CARD));
    refused = Order.of(Seller.amazon(), ShippingOption.EXPRESS, items);
    evaluationMode = Mode.valueOf(mode);
  }

  /** Every rule passes; one rule reads every line. */
  @Benchmark
  public Decision allowed() {
    return RULES.evaluate(allowed, evaluationMode);
  }

  /** Every rule fails (the gift card is the last line, so its rule still reads every line). */
  @Benchmark
  public Decision refused() {
    return RULES.evaluate(refused, evaluationMode);
  }
}
