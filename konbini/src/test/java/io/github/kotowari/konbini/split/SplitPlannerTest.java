package io.github.kotowari.konbini.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SplitPlannerTest {

  static final SplitPlanner AMAZON = SplitPlanner.of(KonbiniPolicy.amazonJapan());

  static List<Yen> yen(long... amounts) {
    List<Yen> out = new ArrayList<>();
    for (long a : amounts) {
      out.add(Yen.of(a));
    }
    return out;
  }

  static List<Long> totals(SplitPlan plan) {
    return plan.orders().stream().map(o -> o.total().amount()).toList();
  }

  @Test
  void firstFitWouldUseThreeOrdersTheExactSolverTwo() {
    // Cap 10: FFD packs 5,4 | 3,3,3 | 2 (three), while 5,3,2 | 4,3,3 fits two.
    SplitPlanner ten = SplitPlanner.of(KonbiniPolicy.builder().maximum(Yen.of(10)).build());
    SplitPlan plan = ten.plan(yen(5, 4, 3, 3, 3, 2));
    assertEquals(2, plan.orders().size());
    assertEquals(SplitPlan.Algorithm.EXACT, plan.algorithm());
    assertTrue(plan.isProvenOptimal());
    assertEquals(List.of(10L, 10L), totals(plan));
  }

  @Test
  void theGuidesCaseTwoOrdersUnderTheCap() {
    SplitPlan plan = AMAZON.plan(yen(200_000, 150_000, 100_000));
    assertEquals(2, plan.orders().size());
    assertEquals(Yen.of(450_000), plan.total());
    assertTrue(plan.payAnotherWay().isEmpty());
    assertEquals("2 orders: ¥300,000 + ¥150,000", plan.display(Locale.ENGLISH));
    assertEquals("2件: 300,000円 + 150,000円", plan.display(Locale.JAPANESE));
  }

  @Test
  void unitsThatCanNeverBePaidAtAKonbiniAreSetAsideWithTheirReason() {
    Order o = Order.of(Seller.amazon(), ShippingOption.STANDARD, List.of(
        LineItem.of("tv", 1, Yen.of(350_000), ItemKind.PHYSICAL),
        LineItem.of("ebook", 2, Yen.of(1_000), ItemKind.DIGITAL_CONTENT),
        LineItem.of("game", 1, Yen.of(8_000), ItemKind.PHYSICAL).withPreOrder(true),
        LineItem.of("cable", 3, Yen.of(1_000), ItemKind.PHYSICAL)));
    SplitPlan plan = AMAZON.plan(o);
    assertEquals(List.of(
            new SetAside("tv", 1, Yen.of(350_000), SetAside.Reason.OVER_LIMIT_ALONE),
            new SetAside("ebook", 2, Yen.of(1_000), SetAside.Reason.EXCLUDED_KIND),
            new SetAside("game", 1, Yen.of(8_000), SetAside.Reason.PRE_ORDER)),
        plan.payAnotherWay());
    assertEquals(1, plan.orders().size());
    assertEquals(List.of(new Allocation("cable", 3, Yen.of(1_000))), plan.orders().get(0).allocations());
    assertEquals(o.total(), plan.total());
    assertEquals(Yen.of(3_000), plan.konbiniTotal());
    assertEquals("1 order: ¥3,000; another way: ¥360,000", plan.display(Locale.ENGLISH));
  }

  @Test
  void quantitiesArePackedAsClassesNotUnitByUnit() {
    // 2^31 - 1 units of ¥1 need ceil((2^31 - 1) / 300,000) = 7,159 orders.
    Order o = Order.of(Seller.amazon(), ShippingOption.STANDARD,
        List.of(LineItem.of("screw", Integer.MAX_VALUE, Yen.of(1), ItemKind.PHYSICAL)));
    SplitPlan plan = AMAZON.plan(o);
    assertEquals(7_159, plan.orders().size());
    assertTrue(plan.isProvenOptimal());
    assertEquals(o.total(), plan.total());
    assertEquals(SplitPlan.Algorithm.FIRST_FIT_DECREASING, plan.algorithm());
  }

  @Test
  void tooManyOrdersIsATypedAnswer() {
    Order o = Order.of(Seller.amazon(), ShippingOption.STANDARD,
        List.of(LineItem.of("tv", Integer.MAX_VALUE, Yen.of(300_000), ItemKind.PHYSICAL)));
    SplitTooLargeException e = assertThrows(SplitTooLargeException.class, () -> AMAZON.plan(o));
    assertEquals(Integer.MAX_VALUE, e.ordersNeeded());
    assertEquals(SplitPlanner.DEFAULT_MAX_ORDERS, e.maxOrders());
    assertTrue(AMAZON.tryPlan(o).isEmpty());
    assertEquals(3, AMAZON.withMaxOrders(3).plan(yen(300_000, 300_000, 300_000)).orders().size());
    assertThrows(SplitTooLargeException.class, () -> AMAZON.withMaxOrders(2).plan(yen(300_000, 300_000, 300_000)));
    // FFD itself may need more orders than the lower bound: the limit is checked while packing too.
    SplitPlanner small = SplitPlanner.of(KonbiniPolicy.builder().maximum(Yen.of(10)).build()).withMaxOrders(2);
    assertThrows(SplitTooLargeException.class, () -> small.plan(yen(6, 6, 6)));
  }

  @Test
  void anOrderBelowTheMinimumIsSetAside() {
    // Stripe: 120 to 300,000. 299,950 + 100 needs two orders; the ¥100 one is under the minimum.
    SplitPlan plan = SplitPlanner.of(KonbiniPolicy.stripe()).plan(yen(299_950, 100));
    assertEquals(List.of(299_950L), totals(plan));
    assertEquals(List.of(new SetAside("2", 1, Yen.of(100), SetAside.Reason.BELOW_MINIMUM)), plan.payAnotherWay());
    assertEquals(Yen.of(300_050), plan.total());
  }

  @Test
  void freeItemsRideAlong() {
    SplitPlan plan = AMAZON.plan(yen(0, 0, 300_000, 0));
    assertEquals(1, plan.orders().size());
    assertEquals(List.of(300_000L), totals(plan));
    // Only free items: an order of ¥0 is under Amazon's ¥1 minimum.
    SplitPlan free = AMAZON.plan(yen(0, 0));
    assertTrue(free.orders().isEmpty());
    assertEquals(2, free.payAnotherWay().size());
    assertEquals("no order can be paid at a konbini; another way: ¥0", free.display(Locale.ENGLISH));
  }

  @Test
  void badPrices() {
    assertThrows(IllegalArgumentException.class, () -> AMAZON.plan(yen(1, -1)));
    assertThrows(IllegalArgumentException.class, () -> AMAZON.plan(List.of()));
    assertThrows(IllegalArgumentException.class, () -> AMAZON.withMaxOrders(0));
    assertThrows(IllegalArgumentException.class, () -> AMAZON.plan(yen(Long.MAX_VALUE, 1)));
  }

  @Test
  void displayDoesNotGrowWithThePlan() {
    List<Yen> prices = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      prices.add(Yen.of(300_000));
    }
    SplitPlan plan = AMAZON.plan(prices);
    assertTrue(plan.display(Locale.ENGLISH).endsWith(" and 40 more"), plan.display(Locale.ENGLISH));
    assertTrue(plan.display(Locale.JAPANESE).endsWith(" ほか40件"), plan.display(Locale.JAPANESE));
    assertEquals("SplitPlan[50 orders ≤ ¥300,000, 0 set aside, FIRST_FIT_DECREASING, optimal]", plan.toString());
  }

  @Test
  void valueTypes() {
    Allocation a = new Allocation("x", 1, Yen.of(5));
    new EqualsTester()
        .addEqualityGroup(a, new Allocation("x", 1, Yen.of(5)))
        .addEqualityGroup(new Allocation("y", 1, Yen.of(5)))
        .addEqualityGroup(new Allocation("x", 2, Yen.of(5)))
        .addEqualityGroup(new Allocation("x", 1, Yen.of(6)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PlannedOrder.of(List.of(a)), PlannedOrder.of(List.of(new Allocation("x", 1, Yen.of(5)))))
        .addEqualityGroup(PlannedOrder.of(List.of(a, new Allocation("y", 1, Yen.of(5)))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new SetAside("x", 1, Yen.of(5), SetAside.Reason.PRE_ORDER),
            new SetAside("x", 1, Yen.of(5), SetAside.Reason.PRE_ORDER))
        .addEqualityGroup(new SetAside("x", 1, Yen.of(5), SetAside.Reason.EXCLUDED_KIND))
        .testEquals();
    SplitPlan p = AMAZON.plan(yen(200_000, 150_000));
    new EqualsTester()
        .addEqualityGroup(p, AMAZON.plan(yen(200_000, 150_000)),
            SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), p.algorithm(), p.lowerBound()))
        .addEqualityGroup(AMAZON.plan(yen(200_000, 150_001)))
        .addEqualityGroup(SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), SplitPlan.Algorithm.FIRST_FIT_DECREASING,
            p.lowerBound()))
        .addEqualityGroup(SplitPlan.of(Yen.of(400_000), p.orders(), p.payAnotherWay(), p.algorithm(), p.lowerBound()))
        .testEquals();
    assertThrows(IllegalArgumentException.class,
        () -> SplitPlan.of(Yen.of(100_000), p.orders(), p.payAnotherWay(), p.algorithm(), p.lowerBound()));
    assertThrows(IllegalArgumentException.class,
        () -> SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), p.algorithm(), 3));
    assertThrows(IllegalArgumentException.class, () -> new Allocation("x", 0, Yen.of(1)));
    assertThrows(IllegalArgumentException.class, () -> PlannedOrder.of(List.of()));
    assertFalse(SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), p.algorithm(), 1).isProvenOptimal());
    NullPointerTester tester = new NullPointerTester()
        .setDefault(KonbiniPolicy.class, KonbiniPolicy.amazonJapan())
        .setDefault(Yen.class, Yen.of(1))
        .setDefault(Order.class, SplitPlanner.orderOf(yen(1)))
        .setDefault(List.class, yen(1));
    tester.testAllPublicStaticMethods(SplitPlanner.class);
    tester.testAllPublicInstanceMethods(AMAZON);
    tester.testAllPublicConstructors(Allocation.class);
    tester.testAllPublicConstructors(SetAside.class);
    tester.testAllPublicStaticMethods(PlannedOrder.class);
    tester.testAllPublicInstanceMethods(p);
  }
}
