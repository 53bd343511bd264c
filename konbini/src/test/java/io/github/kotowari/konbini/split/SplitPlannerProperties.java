package io.github.kotowari.konbini.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The split planner's invariants, each against an independent computation: a brute-force optimum
 * for small orders, a naive unit-by-unit first-fit decreasing, and instances built with a known
 * optimum for the FFD bound.
 */
class SplitPlannerProperties {

  static SplitPlanner planner(long cap) {
    return SplitPlanner.of(KonbiniPolicy.builder().minimum(Yen.ZERO).maximum(Yen.of(cap)).build());
  }

  /** The fewest bins for {@code sizes} by trying every assignment (units ≤ 9). */
  static int bruteForce(long[] sizes, long cap) {
    if (sizes.length == 0) {
      return 0;
    }
    int[] best = {sizes.length};
    assign(sizes, cap, 0, new long[sizes.length], 0, best);
    return best[0];
  }

  private static void assign(long[] sizes, long cap, int next, long[] load, int bins, int[] best) {
    if (bins >= best[0]) {
      return;
    }
    if (next == sizes.length) {
      best[0] = bins;
      return;
    }
    for (int b = 0; b <= bins && b < sizes.length; b++) {
      if (load[b] + sizes[next] <= cap) {
        load[b] += sizes[next];
        assign(sizes, cap, next + 1, load, Math.max(bins, b + 1), best);
        load[b] -= sizes[next];
      }
    }
  }

  /** First-fit decreasing, one unit at a time, scanning the bins: the textbook version. */
  static int naiveFfd(List<Long> units, long cap) {
    List<Long> sorted = new ArrayList<>(units);
    sorted.sort(Collections.reverseOrder());
    List<Long> loads = new ArrayList<>();
    for (long u : sorted) {
      int b = 0;
      while (b < loads.size() && loads.get(b) + u > cap) {
        b++;
      }
      if (b == loads.size()) {
        loads.add(u);
      } else {
        loads.set(b, loads.get(b) + u);
      }
    }
    return loads.size();
  }

  static Order order(List<Long> prices, List<Integer> quantities) {
    List<LineItem> lines = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      lines.add(LineItem.of("l" + i, quantities.get(i), Yen.of(prices.get(i)), ItemKind.PHYSICAL));
    }
    return Order.of(Seller.amazon(), ShippingOption.STANDARD, lines);
  }

  static void assertWellFormed(SplitPlan plan, Order order, long cap) {
    assertEquals(order.total(), plan.total(), "totals are preserved exactly");
    Map<String, Long> units = new HashMap<>();
    for (PlannedOrder o : plan.orders()) {
      assertTrue(o.total().amount() <= cap, o + " over " + cap);
      for (Allocation a : o.allocations()) {
        units.merge(a.lineId(), (long) a.quantity(), Long::sum);
      }
    }
    for (SetAside s : plan.payAnotherWay()) {
      units.merge(s.lineId(), (long) s.quantity(), Long::sum);
      if (s.reason() == SetAside.Reason.OVER_LIMIT_ALONE) {
        assertTrue(s.unitPrice().amount() > cap);
      }
    }
    for (LineItem line : order.lines()) {
      assertEquals(line.quantity(), units.getOrDefault(line.lineId(), 0L), line.lineId());
    }
    assertTrue(plan.lowerBound() <= plan.orders().size());
  }

  @Provide
  Arbitrary<List<Long>> smallPrices() {
    return Arbitraries.longs().between(0, 120).list().ofMinSize(1).ofMaxSize(9);
  }

  @Property
  void smallOrdersAreOptimalAgainstBruteForce(@ForAll("smallPrices") List<Long> prices,
      @ForAll @IntRange(min = 1, max = 100) int cap) {
    Order order = order(prices, Collections.nCopies(prices.size(), 1));
    SplitPlan plan = planner(cap).plan(order);
    assertWellFormed(plan, order, cap);
    long[] payable = prices.stream().filter(p -> p <= cap).mapToLong(Long::longValue).toArray();
    int optimum = bruteForce(payable, cap);
    boolean allFree = payable.length > 0 && java.util.Arrays.stream(payable).allMatch(p -> p == 0);
    // Minimum is ¥0 here, so no order is set aside as below the minimum.
    assertEquals(allFree ? 1 : optimum, plan.orders().size(), prices + " cap " + cap);
    assertEquals(SplitPlan.Algorithm.EXACT, plan.algorithm());
    assertTrue(plan.isProvenOptimal());
  }

  @Provide
  Arbitrary<List<Long>> mediumPrices() {
    return Arbitraries.longs().between(1, 1_000).list().ofMinSize(13).ofMaxSize(300);
  }

  @Property(tries = 200)
  void largerOrdersAreExactlyFirstFitDecreasing(@ForAll("mediumPrices") List<Long> prices,
      @ForAll @IntRange(min = 1_000, max = 3_000) int cap) {
    Order order = order(prices, Collections.nCopies(prices.size(), 1));
    SplitPlan plan = planner(cap).plan(order);
    assertWellFormed(plan, order, cap);
    assertEquals(naiveFfd(prices, cap), plan.orders().size());
  }

  @Property(tries = 200)
  void quantitiesPackLikeTheirUnits(@ForAll("mediumPrices") List<Long> prices,
      @ForAll @IntRange(min = 1, max = 5) int quantity, @ForAll @IntRange(min = 1_000, max = 3_000) int cap) {
    List<Long> units = new ArrayList<>();
    List<Integer> quantities = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      int q = 1 + (i * quantity) % 5;
      quantities.add(q);
      for (int k = 0; k < q; k++) {
        units.add(prices.get(i));
      }
    }
    Order order = order(prices, quantities);
    SplitPlan plan = planner(cap).plan(order);
    assertWellFormed(plan, order, cap);
    assertEquals(naiveFfd(units, cap), plan.orders().size());
  }

  /** Bins filled exactly to the cap, cut into parts and shuffled: the optimum is the number of bins. */
  @Provide
  Arbitrary<List<Long>> knownOptimum() {
    Arbitrary<List<Long>> oneBin = Arbitraries.integers().between(1, 6).flatMap(parts ->
        Arbitraries.longs().between(1, 999).list().ofSize(parts - 1).map(cuts -> {
          List<Long> sorted = new ArrayList<>(cuts);
          Collections.sort(sorted);
          List<Long> pieces = new ArrayList<>();
          long previous = 0;
          for (long cut : sorted) {
            pieces.add(cut - previous);
            previous = cut;
          }
          pieces.add(1_000 - previous);
          pieces.removeIf(p -> p == 0);
          return pieces;
        }));
    return oneBin.list().ofMinSize(1).ofMaxSize(60).flatMap(bins -> {
      List<Long> all = new ArrayList<>();
      bins.forEach(all::addAll);
      return Arbitraries.shuffle(all);
    });
  }

  @Property(tries = 300)
  void neverMoreThanTheFfdBound(@ForAll("knownOptimum") List<Long> prices) {
    long optimum = (prices.stream().mapToLong(Long::longValue).sum()) / 1_000;
    Order order = order(prices, Collections.nCopies(prices.size(), 1));
    SplitPlan plan = planner(1_000).plan(order);
    assertWellFormed(plan, order, 1_000);
    // FFD(I) <= 11/9 OPT(I) + 6/9, i.e. 9 FFD <= 11 OPT + 6.
    assertTrue(9L * plan.orders().size() <= 11L * optimum + 6, plan.orders().size() + " orders, optimum " + optimum);
    assertTrue(plan.lowerBound() == optimum);
  }

  @Provide
  Arbitrary<Order> mixedOrders() {
    Arbitrary<LineItem> line = Combinators.combine(
        Arbitraries.integers().between(1, 1_000_000),
        Arbitraries.integers().between(1, 3),
        Arbitraries.longs().between(0, 700_000),
        Arbitraries.of(ItemKind.class),
        Arbitraries.of(true, false)).as((id, q, p, kind, pre) ->
            LineItem.of("x" + id, q, Yen.of(p), kind).withPreOrder(pre));
    return line.list().ofMinSize(1).ofMaxSize(40).uniqueElements(LineItem::lineId)
        .map(lines -> Order.of(Seller.amazon(), ShippingOption.STANDARD, lines));
  }

  @Property(tries = 300)
  void everyUnitLandsExactlyOnceWithinTheCap(@ForAll("mixedOrders") Order order) {
    KonbiniPolicy amazon = KonbiniPolicy.amazonJapan();
    SplitPlan plan = SplitPlanner.of(amazon).plan(order);
    assertWellFormed(plan, order, 300_000);
    for (SetAside s : plan.payAnotherWay()) {
      LineItem line = order.lines().stream().filter(l -> l.lineId().equals(s.lineId())).findFirst().orElseThrow();
      SetAside.Reason expected = amazon.excludedItemKinds().contains(line.kind()) ? SetAside.Reason.EXCLUDED_KIND
          : line.isPreOrder() ? SetAside.Reason.PRE_ORDER
          : line.unitPrice().amount() > 300_000 ? SetAside.Reason.OVER_LIMIT_ALONE
          : SetAside.Reason.BELOW_MINIMUM;
      assertEquals(expected, s.reason());
    }
    for (PlannedOrder o : plan.orders()) {
      assertTrue(o.total().amount() >= 1);
    }
  }
}
