package io.github.kotowari.konbini.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Edges of the planner: the unit count where the exact search gives way to first-fit decreasing,
 * the "more than half the cap" lower bound, the order limit, and the value types' hash and text.
 */
class SplitPlannerBoundaryTest {

  /** Cap 10: 5,4,3,3,3,2 fits two orders (5+3+2, 4+3+3) while first-fit decreasing uses three. */
  static final SplitPlanner TEN = SplitPlanner.of(KonbiniPolicy.builder().maximum(Yen.of(10)).build());

  /** The hard instance padded with free units, which change no total, up to {@code units} units. */
  static List<Yen> hardInstance(int units) {
    List<Yen> prices = new ArrayList<>(SplitPlannerTest.yen(5, 4, 3, 3, 3, 2));
    while (prices.size() < units) {
      prices.add(Yen.of(0));
    }
    return prices;
  }

  @Test
  void twelveUnitsAreSolvedExactly() {
    assertEquals(12, SplitPlanner.EXACT_MAX_UNITS);
    SplitPlan plan = TEN.plan(hardInstance(SplitPlanner.EXACT_MAX_UNITS));
    assertEquals(SplitPlan.Algorithm.EXACT, plan.algorithm());
    assertEquals(2, plan.orders().size());
    assertEquals(2, plan.lowerBound());
    assertTrue(plan.isProvenOptimal());
    assertEquals(List.of(10L, 10L), SplitPlannerTest.totals(plan));
  }

  @Test
  void thirteenUnitsFallBackToFirstFitDecreasing() {
    SplitPlan plan = TEN.plan(hardInstance(SplitPlanner.EXACT_MAX_UNITS + 1));
    assertEquals(SplitPlan.Algorithm.FIRST_FIT_DECREASING, plan.algorithm());
    // 5+4 | 3+3+3 | 2: three orders against a bound of ceil(20 / 10) = 2, so not proven.
    assertEquals(3, plan.orders().size());
    assertEquals(2, plan.lowerBound());
    assertFalse(plan.isProvenOptimal());
    assertEquals(Yen.of(20), plan.total());
    assertEquals(Yen.of(20), plan.konbiniTotal());
  }

  @Test
  void whenFirstFitMeetsTheBoundSmallInputsAreStillReportedExact() {
    SplitPlan plan = TEN.plan(SplitPlannerTest.yen(5, 5));
    assertEquals(SplitPlan.Algorithm.EXACT, plan.algorithm());
    assertEquals(1, plan.orders().size());
    assertEquals(1, plan.lowerBound());
  }

  @Test
  void exactlyHalfTheCapDoesNotCountTowardsTheBound() {
    // 13 units so first-fit decreasing decides: four units of exactly half pair up into two orders.
    List<Yen> halves = new ArrayList<>(SplitPlannerTest.yen(5, 5, 5, 5));
    while (halves.size() < 13) {
      halves.add(Yen.of(0));
    }
    SplitPlan plan = TEN.plan(halves);
    assertEquals(2, plan.orders().size());
    assertEquals(2, plan.lowerBound());
    assertTrue(plan.isProvenOptimal());
  }

  @Test
  void unitsAboveHalfTheCapRaiseTheBoundAboveTheTotal() {
    // Four units of 6 total 24 (ceil 24/10 = 3), but no two share an order: the bound is 4.
    List<Yen> prices = new ArrayList<>(SplitPlannerTest.yen(6, 6, 6, 6));
    while (prices.size() < 13) {
      prices.add(Yen.of(0));
    }
    SplitPlan plan = TEN.plan(prices);
    assertEquals(SplitPlan.Algorithm.FIRST_FIT_DECREASING, plan.algorithm());
    assertEquals(4, plan.orders().size());
    assertEquals(4, plan.lowerBound());
    assertTrue(plan.isProvenOptimal());
  }

  @Test
  void totalsThatDivideTheCapExactlyNeedNoExtraOrder() {
    // 13 units of 10 with cap 10 need 13 orders; 13 units totalling 21 need at least 3.
    List<Yen> full = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      full.add(Yen.of(10));
    }
    SplitPlan plan = TEN.plan(full);
    assertEquals(13, plan.lowerBound());
    assertEquals(13, plan.orders().size());
    List<Yen> ones = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      ones.add(Yen.of(1));
    }
    SplitPlan odd = TEN.plan(ones);
    assertEquals(3, odd.lowerBound());
    assertEquals(List.of(10L, 10L, 1L), SplitPlannerTest.totals(odd));
  }

  @Test
  void theOrderLimitIsInclusive() {
    assertEquals(2, TEN.withMaxOrders(2).plan(SplitPlannerTest.yen(10, 10)).orders().size());
    SplitTooLargeException e = assertThrows(SplitTooLargeException.class,
        () -> TEN.withMaxOrders(1).plan(SplitPlannerTest.yen(10, 10)));
    assertEquals(2, e.ordersNeeded());
    assertEquals(1, e.maxOrders());
    assertTrue(e.getMessage().contains("at least 2 konbini orders"), e.getMessage());
    assertTrue(e.getMessage().contains("limit of 1"), e.getMessage());
    assertEquals(1, TEN.withMaxOrders(1).maxOrders());
    assertEquals(SplitPlanner.DEFAULT_MAX_ORDERS, TEN.maxOrders());
  }

  @Test
  void distinctPlansAndOrdersSpreadTheirHashes() {
    Set<Integer> planHashes = new HashSet<>();
    Set<Integer> orderHashes = new HashSet<>();
    for (int price = 1; price <= 10; price++) {
      SplitPlan plan = TEN.plan(SplitPlannerTest.yen(price));
      planHashes.add(plan.hashCode());
      orderHashes.add(plan.orders().get(0).hashCode());
    }
    assertEquals(10, planHashes.size());
    assertEquals(10, orderHashes.size());
    SplitPlan p = TEN.plan(SplitPlannerTest.yen(5, 4));
    // Plans that differ only in the algorithm, the bound or the cap hash differently.
    SplitPlan ffd = SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), SplitPlan.Algorithm.FIRST_FIT_DECREASING,
        p.lowerBound());
    SplitPlan noBound = SplitPlan.of(p.cap(), p.orders(), p.payAnotherWay(), p.algorithm(), 0);
    SplitPlan biggerCap = SplitPlan.of(Yen.of(11), p.orders(), p.payAnotherWay(), p.algorithm(), p.lowerBound());
    assertNotEquals(p.hashCode(), ffd.hashCode());
    assertNotEquals(p.hashCode(), noBound.hashCode());
    assertNotEquals(p.hashCode(), biggerCap.hashCode());
  }

  @Test
  void textNamesCountsAndSingulars() {
    SplitPlan one = TEN.plan(SplitPlannerTest.yen(5, 4));
    assertEquals("SplitPlan[1 order ≤ ¥10, 0 set aside, EXACT, optimal]", one.toString());
    assertEquals("PlannedOrder[¥9, 2 lines]", one.orders().get(0).toString());
    assertEquals("PlannedOrder[¥5, 1 line]", TEN.plan(SplitPlannerTest.yen(5)).orders().get(0).toString());
    SplitPlan unproven = TEN.plan(hardInstance(13));
    assertEquals("SplitPlan[3 orders ≤ ¥10, 0 set aside, FIRST_FIT_DECREASING]", unproven.toString());
    SplitPlan aside = TEN.plan(SplitPlannerTest.yen(11, 3));
    assertEquals("SplitPlan[1 order ≤ ¥10, 1 set aside, EXACT, optimal]", aside.toString());
  }

  @Test
  void aUnitPricedAtTheCapIsPayableOneCentMoreIsSetAside() {
    SplitPlan atCap = TEN.plan(SplitPlannerTest.yen(10, 10));
    assertTrue(atCap.payAnotherWay().isEmpty());
    assertEquals(List.of(10L, 10L), SplitPlannerTest.totals(atCap));
    assertEquals(2, atCap.lowerBound());
    SplitPlan over = TEN.plan(SplitPlannerTest.yen(11));
    assertEquals(List.of(new SetAside("1", 1, Yen.of(11), SetAside.Reason.OVER_LIMIT_ALONE)), over.payAnotherWay());
    assertEquals(0, over.lowerBound());
  }

  @Test
  void orderOfAcceptsExactlyMaxPrices() {
    assertEquals(1_000_000, SplitPlanner.MAX_PRICES);
    List<Yen> prices = java.util.Collections.nCopies(SplitPlanner.MAX_PRICES, Yen.of(1));
    assertEquals(SplitPlanner.MAX_PRICES, SplitPlanner.orderOf(prices).lines().size());
    List<Yen> tooMany = java.util.Collections.nCopies(SplitPlanner.MAX_PRICES + 1, Yen.of(1));
    assertThrows(IllegalArgumentException.class, () -> SplitPlanner.orderOf(tooMany));
    assertEquals(1, TEN.withMaxOrders(1).plan(SplitPlannerTest.yen(10)).orders().size());
  }

  @Test
  void aNegativePriceIsRefusedNamingItsPlaceInTheList() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SplitPlanner.orderOf(List.of(Yen.of(1), Yen.of(-1))));
    assertTrue(e.getMessage().contains("prices[1]"), e.getMessage());
  }

  @Test
  void aSetAsideHoldsAtLeastOneUnit() {
    assertThrows(IllegalArgumentException.class,
        () -> new SetAside("1", 0, Yen.of(1), SetAside.Reason.OVER_LIMIT_ALONE));
    assertEquals(1, new SetAside("1", 1, Yen.of(1), SetAside.Reason.OVER_LIMIT_ALONE).quantity());
  }

  @Test
  void plannedOrdersCountTheirUnitsAcrossAllocations() {
    // Under a cap of 10 the only two-order split is 5 + 5 and 9.
    SplitPlan plan = TEN.plan(SplitPlannerTest.yen(5, 9, 5));
    assertEquals(List.of(2L, 1L),
        plan.orders().stream().map(PlannedOrder::units).sorted(Comparator.reverseOrder()).toList());
    PlannedOrder two =
        PlannedOrder.of(List.of(new Allocation("a", 2, Yen.of(1)), new Allocation("b", 5, Yen.of(1))));
    assertEquals(7, two.units());
  }
}
