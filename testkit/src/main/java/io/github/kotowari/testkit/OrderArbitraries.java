package io.github.kotowari.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.eligibility.Checkout;
import io.github.kotowari.konbini.eligibility.KonbiniReasons;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/**
 * jqwik arbitraries for orders that a konbini policy allows, or refuses for one reason you name.
 *
 * <pre>{@code
 * @Property
 * void expressIsRefused(@ForAll("express") Order order) {
 *   Decision d = KonbiniEligibility.amazonJapan().check(order);
 *   assertEquals(List.of(KonbiniReasons.EXPRESS_SHIPPING), reasonsOf(d));
 * }
 *
 * @Provide
 * Arbitrary<Order> express() {
 *   return OrderArbitraries.orders().ineligibleFor(KonbiniReasons.EXPRESS_SHIPPING);
 * }
 *
 * @Provide
 * Arbitrary<Order> stripeOk() { return OrderArbitraries.orders().under(KonbiniPolicy.stripe()).eligible(); }
 * }</pre>
 *
 * <p><b>Control.</b> An ineligible order breaks exactly one rule of the policy: every other rule
 * passes. Totals are drawn with edge values around every cap of the policy (the minimum and the
 * maximum, one yen either side), so the boundaries are always tried.
 *
 * <p><b>Shrinking.</b> Orders shrink towards one line, one unit, standard shipping, Amazon as the
 * seller, and a total at the policy's boundary nearest zero.
 *
 * @since 0.1.0
 */
public final class OrderArbitraries {
  private OrderArbitraries() {}

  /** The most lines a generated order has. */
  public static final int MAX_LINES = 6;

  /**
   * Returns order generators under {@link KonbiniPolicy#amazonJapan()}; choose another policy with
   * {@link Orders#under(KonbiniPolicy)}.
   *
   * @return the generators, never null
   */
  public static Orders orders() {
    return new Orders(KonbiniPolicy.amazonJapan());
  }

  /**
   * Returns yen amounts around every cap of {@code policy}: its minimum and maximum and one yen
   * either side (when not negative), mixed with amounts from zero to twice the maximum.
   *
   * @param policy the policy, not null
   * @return the arbitrary, shrinking towards zero
   */
  public static Arbitrary<Yen> yenAroundCaps(KonbiniPolicy policy) {
    requireNonNull(policy, "policy");
    long max = policy.maximum().amount();
    long upper = max > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * max + 1;
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(edges(policy)).map(Yen::of)),
        Tuple.of(1, Arbitraries.longs().between(0, upper).map(Yen::of)));
  }

  private static List<Long> edges(KonbiniPolicy policy) {
    List<Long> edges = new ArrayList<>();
    for (long cap : new long[] {policy.minimum().amount(), policy.maximum().amount()}) {
      for (long delta = -1; delta <= 1; delta++) {
        long value = cap + delta;
        if (value >= 0 && !(delta == 1 && cap == Long.MAX_VALUE) && !edges.contains(value)) {
          edges.add(value);
        }
      }
    }
    return edges;
  }

  /**
   * Order generators under one policy. Immutable.
   *
   * @since 0.1.0
   */
  public static final class Orders {
    private final KonbiniPolicy policy;

    private Orders(KonbiniPolicy policy) {
      this.policy = policy;
    }

    /**
     * Returns the same generators under another policy.
     *
     * @param newPolicy the policy, not null
     * @return the generators
     */
    public Orders under(KonbiniPolicy newPolicy) {
      return new Orders(requireNonNull(newPolicy, "policy"));
    }

    /**
     * Returns the policy the orders are generated for.
     *
     * @return the policy
     */
    public KonbiniPolicy policy() {
      return policy;
    }

    /**
     * Returns orders the policy allows: total within its range (edges included), allowed kinds
     * only, no pre-order when excluded, a shipping option it accepts, a seller that accepts
     * konbini payment.
     *
     * @return the arbitrary
     */
    public Arbitrary<Order> eligible() {
      return build(totalsWithin(policy.minimum().amount(), policy.maximum().amount()), allowedShipping(),
          allowedSellers(), Breaker.NONE);
    }

    /**
     * Returns orders the policy refuses for exactly {@code reason}: every other rule passes.
     *
     * @param reason a konbini reason of {@link KonbiniReasons} other than
     *     {@link KonbiniReasons#PAYPAY_ONLY} (use {@link #checkoutsIneligibleFor})
     * @return the arbitrary
     * @throws IllegalArgumentException if the policy never gives that reason, or it is not about
     *     the order
     */
    public Arbitrary<Order> ineligibleFor(ReasonCode reason) {
      requireNonNull(reason, "reason");
      long min = policy.minimum().amount();
      long max = policy.maximum().amount();
      Arbitrary<Long> inRange = totalsWithin(min, max);
      if (reason.equals(KonbiniReasons.AMOUNT_OVER_LIMIT)) {
        require(max < Long.MAX_VALUE, reason);
        long upper = max > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : Math.max(4 * max, max + 1);
        Arbitrary<Long> over = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(max + 1)),
            Tuple.of(1, Arbitraries.just(Long.MAX_VALUE)),
            Tuple.of(3, Arbitraries.longs().between(max + 1, upper)));
        return build(over, allowedShipping(), allowedSellers(), Breaker.NONE);
      }
      if (reason.equals(KonbiniReasons.AMOUNT_UNDER_MINIMUM)) {
        require(min > 0, reason);
        Arbitrary<Long> under = Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(min - 1)),
            Tuple.of(3, Arbitraries.longs().between(0, min - 1)));
        return build(under, allowedShipping(), allowedSellers(), Breaker.NONE);
      }
      if (reason.equals(KonbiniReasons.EXPRESS_SHIPPING)) {
        require(policy.excludesExpress(), reason);
        return build(inRange, Arbitraries.of(ShippingOption.EXPRESS, ShippingOption.SAME_DAY), allowedSellers(),
            Breaker.NONE);
      }
      if (reason.equals(KonbiniReasons.SCHEDULED_DELIVERY)) {
        require(policy.excludesScheduled(), reason);
        return build(inRange, Arbitraries.just(ShippingOption.SCHEDULED), allowedSellers(), Breaker.NONE);
      }
      if (reason.equals(KonbiniReasons.DIGITAL_ITEM)) {
        return kind(inRange, ItemKind.DIGITAL_CONTENT, reason);
      }
      if (reason.equals(KonbiniReasons.GIFT_CARD_ITEM)) {
        return kind(inRange, ItemKind.GIFT_CARD, reason);
      }
      if (reason.equals(KonbiniReasons.SUBSCRIPTION_ITEM)) {
        return kind(inRange, ItemKind.SUBSCRIPTION, reason);
      }
      if (reason.equals(KonbiniReasons.PRE_ORDER_ITEM)) {
        require(policy.excludesPreOrders(), reason);
        return build(inRange, allowedShipping(), allowedSellers(), Breaker.PRE_ORDER);
      }
      if (reason.equals(KonbiniReasons.SELLER_NOT_ACCEPTING)) {
        Arbitrary<Seller> refusing = Arbitraries.of(
            Seller.marketplace("NOKONBINI1", "Card Only Shop", EnumSet.of(PaymentMethod.Kind.CREDIT_CARD)),
            Seller.marketplace("NOKONBINI2", "Cash On Delivery Shop",
                EnumSet.of(PaymentMethod.Kind.CASH_ON_DELIVERY, PaymentMethod.Kind.CREDIT_CARD)));
        if (!policy.sellersNotAccepting().isEmpty()) {
          String id = policy.sellersNotAccepting().iterator().next();
          refusing = Arbitraries.oneOf(refusing, Arbitraries.just(
              Seller.marketplace(id, "Refused Shop", EnumSet.allOf(PaymentMethod.Kind.class))));
        }
        return build(inRange, allowedShipping(), refusing, Breaker.NONE);
      }
      throw new IllegalArgumentException("ineligibleFor takes a konbini reason about the order, not '" + reason.code()
          + "'; use checkoutsIneligibleFor for konbini.paypay-only");
    }

    /**
     * Returns checkouts the policy allows: an eligible order, with nothing selected or a selection
     * that is not PayPay alone.
     *
     * @return the arbitrary
     */
    public Arbitrary<Checkout> eligibleCheckouts() {
      return Combinators.combine(eligible(), Arbitraries.of(Set.<PaymentMethod.Kind>of(),
              EnumSet.of(PaymentMethod.Kind.PAYPAY, PaymentMethod.Kind.AMAZON_POINTS),
              EnumSet.of(PaymentMethod.Kind.CREDIT_CARD)))
          .as(Checkout::of);
    }

    /**
     * Returns checkouts the policy refuses for exactly {@code reason}, including
     * {@link KonbiniReasons#PAYPAY_ONLY}.
     *
     * @param reason a konbini reason of {@link KonbiniReasons}
     * @return the arbitrary
     * @throws IllegalArgumentException if the policy never gives that reason
     */
    public Arbitrary<Checkout> checkoutsIneligibleFor(ReasonCode reason) {
      requireNonNull(reason, "reason");
      if (reason.equals(KonbiniReasons.PAYPAY_ONLY)) {
        require(policy.excludesPayPayOnly(), reason);
        return eligible().map(o -> Checkout.of(o, EnumSet.of(PaymentMethod.Kind.PAYPAY)));
      }
      return ineligibleFor(reason).map(Checkout::of);
    }

    /**
     * Returns the reasons this policy can give, each usable with {@link #checkoutsIneligibleFor}.
     *
     * @return the reasons, in {@link KonbiniReasons#reasons()} order
     */
    public ImmutableList<ReasonCode> possibleReasons() {
      ImmutableList.Builder<ReasonCode> out = ImmutableList.builder();
      for (ReasonCode reason : KonbiniReasons.reasons()) {
        try {
          checkoutsIneligibleFor(reason);
          out.add(reason);
        } catch (IllegalArgumentException e) {
          // not a reason this policy gives
        }
      }
      return out.build();
    }

    private Arbitrary<Order> kind(Arbitrary<Long> totals, ItemKind kind, ReasonCode reason) {
      require(policy.excludedItemKinds().contains(kind), reason);
      Breaker breaker = Breaker.of(kind);
      return build(totals, allowedShipping(), allowedSellers(), breaker);
    }

    private void require(boolean given, ReasonCode reason) {
      if (!given) {
        throw new IllegalArgumentException("policy " + policy.name() + " never gives " + reason.code());
      }
    }

    private static Arbitrary<Long> totalsWithin(long min, long max) {
      List<Long> edges = new ArrayList<>(List.of(min, max));
      if (min < max) {
        edges.add(min + 1);
        edges.add(max - 1);
      }
      return Arbitraries.frequencyOf(
          Tuple.of(1, Arbitraries.of(edges)),
          Tuple.of(2, Arbitraries.longs().between(min, max)));
    }

    private Arbitrary<ShippingOption> allowedShipping() {
      List<ShippingOption> options = new ArrayList<>();
      for (ShippingOption option : ShippingOption.values()) {
        if (!(option.isExpress() && policy.excludesExpress()) && !(option.isScheduled() && policy.excludesScheduled())) {
          options.add(option);
        }
      }
      return Arbitraries.of(options); // STANDARD first: shrinks towards it
    }

    private Arbitrary<Seller> allowedSellers() {
      Seller shop = Seller.marketplace("KONBINIOK1", "Konbini Friendly Shop",
          EnumSet.of(PaymentMethod.Kind.CREDIT_CARD, PaymentMethod.Kind.KONBINI));
      return policy.sellersNotAccepting().contains("KONBINIOK1")
          ? Arbitraries.just(Seller.amazon())
          : Arbitraries.of(Seller.amazon(), shop);
    }

    private List<ItemKind> allowedKinds() {
      List<ItemKind> kinds = new ArrayList<>();
      for (ItemKind kind : ItemKind.values()) {
        if (!policy.excludedItemKinds().contains(kind)) {
          kinds.add(kind);
        }
      }
      return kinds; // PHYSICAL first, never excluded
    }

    /** Builds orders of 1..MAX_LINES lines summing to a drawn total, and breaks one line if asked. */
    private Arbitrary<Order> build(Arbitrary<Long> totals, Arbitrary<ShippingOption> shipping,
        Arbitrary<Seller> sellers, Breaker breaker) {
      Arbitrary<Integer> lineCount = Arbitraries.integers().between(1, MAX_LINES);
      Arbitrary<List<ItemKind>> kinds = Arbitraries.of(allowedKinds()).list().ofSize(MAX_LINES);
      Arbitrary<Integer> broken = Arbitraries.integers().between(0, MAX_LINES - 1);
      boolean preOrderAllowed = !policy.excludesPreOrders();
      Arbitrary<Boolean> preOrders = preOrderAllowed ? Arbitraries.of(false, true) : Arbitraries.just(false);
      return Combinators.combine(totals, lineCount, kinds, shipping, sellers, broken, preOrders)
          .as((total, count, lineKinds, ship, seller, brokenLine, preOrder) -> {
            List<LineItem> lines = new ArrayList<>(count);
            long share = total / count;
            long rest = total - share * count;
            int broke = brokenLine % count;
            for (int i = 0; i < count; i++) {
              long price = share + (i == count - 1 ? rest : 0);
              ItemKind kind = breaker.kind != null && i == broke ? breaker.kind : lineKinds.get(i);
              LineItem line = LineItem.of("item-" + (i + 1), 1, Yen.of(price), kind);
              if (breaker == Breaker.PRE_ORDER && i == broke) {
                line = line.withPreOrder(true);
              } else if (preOrder && i == 0 && breaker != Breaker.PRE_ORDER) {
                line = line.withPreOrder(true);
              }
              lines.add(line);
            }
            return Order.of(seller, ship, lines);
          });
    }

    /** Renders the policy's name, such as {@code Orders[amazon-jp]}. */
    @Override
    public String toString() {
      return "Orders[" + policy.name() + "]";
    }
  }

  /** Which single line an ineligible order breaks, and how. */
  private enum Breaker {
    NONE(null),
    PRE_ORDER(null),
    DIGITAL(ItemKind.DIGITAL_CONTENT),
    GIFT_CARD(ItemKind.GIFT_CARD),
    SUBSCRIPTION(ItemKind.SUBSCRIPTION);

    final @Nullable ItemKind kind;

    Breaker(@Nullable ItemKind kind) {
      this.kind = kind;
    }

    static Breaker of(ItemKind kind) {
      for (Breaker b : values()) {
        if (b.kind == kind) {
          return b;
        }
      }
      throw new IllegalArgumentException(kind.toString());
    }
  }
}
