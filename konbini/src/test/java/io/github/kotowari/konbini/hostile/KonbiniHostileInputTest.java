package io.github.kotowari.konbini.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.split.SetAside;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs for konbini eligibility and the split planner: totals at the edge of the yen range,
 * quantities that would explode a unit-by-unit algorithm, a million lines. Each has a typed answer;
 * none may throw an undocumented exception, hang, or render an unbounded message.
 */
class KonbiniHostileInputTest {

  static final KonbiniEligibility AMAZON = KonbiniEligibility.amazonJapan();
  static final int MILLION = 1_000_000;

  static Order order(LineItem... lines) {
    return Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of(lines));
  }

  static Violation overLimit(Order o) {
    Decision d = AMAZON.check(o);
    assertEquals(1, d.violations().size(), d.toString());
    Violation v = d.violations().get(0);
    assertEquals(KonbiniReasons.AMOUNT_OVER_LIMIT, v.reason());
    assertTrue(v.message(Locale.JAPANESE).length() < 200);
    for (Remedy r : v.remedies()) {
      assertTrue(r.message(Locale.ENGLISH).length() < 1_000, r.toString());
    }
    return v;
  }

  @Test
  void aTotalOfLongMaxValue() {
    Order o = order(LineItem.of("x", 1, Yen.MAX_VALUE, ItemKind.PHYSICAL));
    Violation v = overLimit(o);
    assertEquals(Yen.MAX_VALUE, v.parameters().get(KonbiniReasons.TOTAL));
    // One unit alone over the cap: no split is offered, only other methods.
    assertEquals(List.of(KonbiniReasons.PAY_ANOTHER_WAY), v.remedies().stream().map(Remedy::kind).toList());
    SplitPlan plan = AMAZON.splitPlanner().plan(o);
    assertTrue(plan.orders().isEmpty());
    assertEquals(SetAside.Reason.OVER_LIMIT_ALONE, plan.payAnotherWay().get(0).reason());
    assertEquals(Yen.MAX_VALUE, plan.total());
  }

  @Test
  void twoHalvesOfTheRange() {
    long half = Long.MAX_VALUE / 2;
    Order o = order(LineItem.of("a", 1, Yen.of(half), ItemKind.PHYSICAL), LineItem.of("b", 1, Yen.of(half + 1),
        ItemKind.PHYSICAL));
    assertEquals(Yen.MAX_VALUE, o.total());
    overLimit(o);
    // Under a policy without a practical cap, the same order is allowed and splits into one order.
    KonbiniPolicy unlimited = KonbiniPolicy.builder().maximum(Yen.MAX_VALUE).build();
    assertTrue(KonbiniEligibility.of(unlimited).check(o).isAllowed());
    SplitPlan plan = SplitPlanner.of(unlimited).plan(o);
    assertEquals(1, plan.orders().size());
    assertEquals(Yen.MAX_VALUE, plan.orders().get(0).total());
  }

  @Test
  void billionsOfUnitsAtTheCapNeedTooManyOrders() {
    Order o = order(LineItem.of("tv", Integer.MAX_VALUE, Yen.of(300_000), ItemKind.PHYSICAL));
    Violation v = overLimit(o);
    // The planner refuses before packing (ceil(total / cap) = 2^31 - 1 > 100,000): no split remedy.
    assertEquals(List.of(KonbiniReasons.PAY_ANOTHER_WAY), v.remedies().stream().map(Remedy::kind).toList());
    assertTrue(AMAZON.splitPlanner().tryPlan(o).isEmpty());
  }

  @Test
  void aMillionCheapLinesSplitIntoFourOrders() {
    List<LineItem> lines = new ArrayList<>(MILLION);
    for (int i = 0; i < MILLION; i++) {
      lines.add(LineItem.of("l" + i, 1, Yen.of(1), ItemKind.PHYSICAL));
    }
    Order o = Order.of(Seller.amazon(), ShippingOption.STANDARD, lines);
    Violation v = overLimit(o);
    SplitPlan plan = v.remedies().get(0).parameters().get(KonbiniReasons.PLAN);
    assertEquals(4, plan.orders().size()); // ceil(1,000,000 / 300,000)
    assertTrue(plan.isProvenOptimal());
    assertEquals(Yen.of(MILLION), plan.total());
    assertEquals(List.of(v), AMAZON.check(o, Mode.FIRST_VIOLATION).violations());
  }

  @Test
  void aMillionDigitalLinesListTenAndCountAll() {
    List<LineItem> lines = new ArrayList<>(MILLION);
    for (int i = 0; i < MILLION; i++) {
      lines.add(LineItem.of("e" + i, 1, Yen.ZERO, ItemKind.DIGITAL_CONTENT));
    }
    Order o = Order.of(Seller.amazon(), ShippingOption.NO_SHIPPING, lines);
    Decision d = AMAZON.check(o);
    // ¥0 is under Amazon's ¥1 minimum, and every line is digital.
    assertEquals(List.of(KonbiniReasons.AMOUNT_UNDER_MINIMUM, KonbiniReasons.DIGITAL_ITEM),
        d.violations().stream().map(Violation::reason).toList());
    Violation digital = d.violations().get(1);
    assertEquals((long) MILLION, digital.parameters().get(KonbiniReasons.COUNT));
    assertEquals(KonbiniReasons.MAX_LISTED_LINES, digital.parameters().get(KonbiniReasons.LINES).size());
    assertTrue(d.explain(Locale.JAPANESE).length() < 2_000);
    assertFalse(AMAZON.check(o, Mode.ALL_WITH_TRACE).isAllowed());
  }
}
