package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.Checkout;
import io.github.kotowari.konbini.eligibility.KonbiniEligibility;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import io.github.kotowari.konbini.split.PlannedOrder;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The order generators produce what they promise, judged by the library: a controlled ineligible
 * order fails with exactly the named reason and no other, an eligible one passes. The eligibility
 * and split properties that need realistic orders live here too, since testkit depends on konbini.
 */
class OrderArbitrariesProperties {

  static List<ReasonCode> reasons(Decision d) {
    return d.violations().stream().map(Violation::reason).toList();
  }

  @Provide
  Arbitrary<KonbiniPolicy> policies() {
    return Arbitraries.of(KonbiniPolicy.presets());
  }

  @Provide
  Arbitrary<Tuple3<KonbiniPolicy, ReasonCode, Checkout>> refused() {
    return policies().flatMap(policy -> {
      OrderArbitraries.Orders orders = OrderArbitraries.orders().under(policy);
      return Arbitraries.of(orders.possibleReasons()).flatMap(reason ->
          orders.checkoutsIneligibleFor(reason).map(checkout -> Tuple.of(policy, reason, checkout)));
    });
  }

  @Provide
  Arbitrary<Tuple.Tuple2<KonbiniPolicy, Checkout>> allowed() {
    return policies().flatMap(policy -> OrderArbitraries.orders().under(policy).eligibleCheckouts()
        .map(checkout -> Tuple.of(policy, checkout)));
  }

  @Property(tries = 500)
  void controlledIneligibleOrdersFailWithExactlyTheNamedReason(
      @ForAll("refused") Tuple3<KonbiniPolicy, ReasonCode, Checkout> sample) {
    Decision d = KonbiniEligibility.of(sample.get1()).check(sample.get3(), Mode.ALL_VIOLATIONS);
    assertEquals(List.of(sample.get2()), reasons(d), sample.get3().order().toString());
  }

  @Property(tries = 500)
  void eligibleOrdersPass(@ForAll("allowed") Tuple.Tuple2<KonbiniPolicy, Checkout> sample) {
    Decision d = KonbiniEligibility.of(sample.get1()).check(sample.get2(), Mode.ALL_VIOLATIONS);
    assertTrue(d.isAllowed(), d + " for " + sample.get2().order());
  }

  /** Orders that break one rule, and sometimes two more: express shipping and PayPay only. */
  @Provide
  Arbitrary<Checkout> mixed() {
    OrderArbitraries.Orders amazon = OrderArbitraries.orders();
    return Arbitraries.of(amazon.possibleReasons()).flatMap(amazon::checkoutsIneligibleFor)
        .flatMap(c -> Arbitraries.of(false, true).flatMap(express -> Arbitraries.of(false, true).map(payPay -> {
          Order o = express ? c.order().withShipping(ShippingOption.EXPRESS) : c.order();
          return payPay ? Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY)) : Checkout.of(o, c.selectedMethods());
        })));
  }

  @Property(tries = 500)
  void allViolationsContainsTheFirstViolation(@ForAll("mixed") Checkout checkout) {
    KonbiniEligibility amazon = KonbiniEligibility.amazonJapan();
    Decision all = amazon.check(checkout, Mode.ALL_VIOLATIONS);
    Decision first = amazon.check(checkout, Mode.FIRST_VIOLATION);
    Decision traced = amazon.check(checkout, Mode.ALL_WITH_TRACE);
    assertTrue(all.violations().containsAll(first.violations()));
    assertEquals(all.violations().isEmpty() ? List.of() : List.of(all.violations().get(0)), first.violations());
    assertEquals(all.violations(), traced.violations());
    assertEquals(all.isAllowed(), first.isAllowed());
  }

  @Provide
  Arbitrary<Order> overTheCap() {
    return OrderArbitraries.orders().ineligibleFor(KonbiniReasons.AMOUNT_OVER_LIMIT)
        .filter(o -> o.total().amount() <= 1_000_000_000L);
  }

  @Property(tries = 300)
  void aSplitsOrdersEachRespectTheCapAndSumToTheOriginal(@ForAll("overTheCap") Order order) {
    SplitPlan plan = SplitPlanner.of(KonbiniPolicy.amazonJapan()).plan(order);
    for (PlannedOrder o : plan.orders()) {
      assertTrue(!o.total().isGreaterThan(Yen.of(300_000)), o.toString());
      Order part = Order.of(order.seller(), order.shipping(), o.allocations().stream()
          .map(a -> order.lines().stream().filter(l -> l.lineId().equals(a.lineId())).findFirst().orElseThrow()
              .withQuantity(a.quantity()))
          .toList());
      // Every planned order is itself payable at a konbini.
      assertTrue(KonbiniEligibility.amazonJapan().check(part).isAllowed(), part.toString());
    }
    assertEquals(order.total(), plan.total());
  }

  @Property(tries = 300)
  void amountsAroundTheCapsAreJudgedByTheCaps(@ForAll("policies") KonbiniPolicy policy,
      @ForAll("aroundAmazon") Yen amount) {
    assertEquals(!amount.isLessThan(policy.minimum()) && !amount.isGreaterThan(policy.maximum()),
        policy.accepts(amount));
  }

  @Provide
  Arbitrary<Yen> aroundAmazon() {
    return OrderArbitraries.yenAroundCaps(KonbiniPolicy.amazonJapan());
  }

  @Example
  void everyCapEdgeIsGenerated() {
    for (KonbiniPolicy policy : KonbiniPolicy.presets()) {
      Set<Long> seen = OrderArbitraries.yenAroundCaps(policy).sampleStream().limit(3_000)
          .map(Yen::amount).collect(Collectors.toSet());
      long min = policy.minimum().amount();
      long max = policy.maximum().amount();
      for (long edge : new long[] {min - 1, min, min + 1, max - 1, max, max + 1}) {
        if (edge >= 0) {
          assertTrue(seen.contains(edge), policy.name() + " " + edge);
        }
      }
    }
  }

  @Example
  void theAmazonPolicyCanGiveEveryKonbiniReason() {
    assertEquals(List.of(KonbiniReasons.AMOUNT_OVER_LIMIT, KonbiniReasons.AMOUNT_UNDER_MINIMUM,
            KonbiniReasons.EXPRESS_SHIPPING, KonbiniReasons.SCHEDULED_DELIVERY, KonbiniReasons.DIGITAL_ITEM,
            KonbiniReasons.GIFT_CARD_ITEM, KonbiniReasons.SUBSCRIPTION_ITEM, KonbiniReasons.PRE_ORDER_ITEM,
            KonbiniReasons.SELLER_NOT_ACCEPTING, KonbiniReasons.PAYPAY_ONLY),
        OrderArbitraries.orders().possibleReasons());
    // Stripe restricts the amount and the seller only.
    assertEquals(List.of(KonbiniReasons.AMOUNT_OVER_LIMIT, KonbiniReasons.AMOUNT_UNDER_MINIMUM,
        KonbiniReasons.SELLER_NOT_ACCEPTING), OrderArbitraries.orders().under(KonbiniPolicy.stripe()).possibleReasons());
    assertThrows(IllegalArgumentException.class,
        () -> OrderArbitraries.orders().under(KonbiniPolicy.stripe()).ineligibleFor(KonbiniReasons.EXPRESS_SHIPPING));
    assertThrows(IllegalArgumentException.class,
        () -> OrderArbitraries.orders().ineligibleFor(KonbiniReasons.PAYPAY_ONLY));
  }
}
