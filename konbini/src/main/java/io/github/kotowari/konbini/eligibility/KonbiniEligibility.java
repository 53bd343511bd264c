package io.github.kotowari.konbini.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import io.github.kotowari.konbini.split.SplitPlan;
import io.github.kotowari.konbini.split.SplitPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Whether an order can be paid at a konbini under a {@link KonbiniPolicy}: a {@link RuleSet} with
 * one rule, and one reason code, per exclusion.
 *
 * <pre>{@code
 * KonbiniEligibility konbini = KonbiniEligibility.of(KonbiniPolicy.amazonJapan());
 * Decision all = konbini.check(order);                          // every reason at once
 * Decision first = konbini.check(order, Mode.FIRST_VIOLATION);  // hot path
 * Decision payPay = konbini.check(Checkout.of(order, EnumSet.of(PaymentMethod.Kind.PAYPAY)), Mode.ALL_VIOLATIONS);
 * all.explain(Locale.JAPANESE);
 * }</pre>
 *
 * <p><b>Rules, in evaluation order</b> (rule id = reason code, see {@link KonbiniReasons}):
 * <ol>
 *   <li>{@code konbini.amount-over-limit} — total over {@link KonbiniPolicy#maximum()}; remedies:
 *       split the order (with the {@link SplitPlan} of {@link #splitPlanner()}, when the plan has
 *       at least one konbini order), pay another way.
 *   <li>{@code konbini.amount-under-minimum} — total under {@link KonbiniPolicy#minimum()};
 *       remedies: add items, pay another way.
 *   <li>{@code konbini.express-shipping}, {@code konbini.scheduled-delivery} — remedies: choose
 *       standard shipping, pay another way.
 *   <li>{@code konbini.digital-item}, {@code konbini.gift-card-item},
 *       {@code konbini.subscription-item}, {@code konbini.pre-order-item} — remedies: remove the
 *       listed lines or order them separately, pay another way.
 *   <li>{@code konbini.seller-not-accepting} — remedies: choose another seller, pay another way.
 *   <li>{@code konbini.paypay-only} — remedies: change the payment selection, pay another way.
 * </ol>
 * A rule the policy switches off is {@code NOT_APPLICABLE} (visible in {@link Mode#ALL_WITH_TRACE}).
 * "Pay another way" lists the methods {@link PaymentAvailability} allows besides konbini and the
 * methods that share its conditions, and is left out when there is none.
 *
 * <p><b>Cost.</b> Every rule reads precomputed facts of the {@link Order} (total, item kinds,
 * pre-order flag) in constant time; only a violated item rule scans the lines to list them, and only
 * a violated cap plans the split (O(n log n)).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KonbiniEligibility {
  private final KonbiniPolicy policy;
  private final SplitPlanner planner;
  private final RuleSet<Checkout> rules;

  private KonbiniEligibility(KonbiniPolicy policy) {
    this.policy = policy;
    this.planner = SplitPlanner.of(policy);
    this.rules = buildRules();
  }

  /**
   * Returns the eligibility rules of {@code policy}.
   *
   * @param policy the policy, not null
   * @return the eligibility
   */
  public static KonbiniEligibility of(KonbiniPolicy policy) {
    return new KonbiniEligibility(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the eligibility rules of {@link KonbiniPolicy#amazonJapan()}, the default.
   *
   * @return the eligibility
   */
  public static KonbiniEligibility amazonJapan() {
    return of(KonbiniPolicy.amazonJapan());
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public KonbiniPolicy policy() {
    return policy;
  }

  /**
   * Returns the rule set, to evaluate directly or to compose with rules of your own.
   *
   * @return the rules, in evaluation order
   */
  public RuleSet<Checkout> rules() {
    return rules;
  }

  /**
   * Returns the planner the cap's split remedy uses.
   *
   * @return the planner
   */
  public SplitPlanner splitPlanner() {
    return planner;
  }

  /**
   * Checks an order with no payment method selected yet, collecting every violation.
   *
   * @param order the order, not null
   * @return the decision
   */
  public Decision check(Order order) {
    return check(Checkout.of(order), Mode.ALL_VIOLATIONS);
  }

  /**
   * Checks an order with no payment method selected yet.
   *
   * @param order the order, not null
   * @param mode how much to evaluate, not null
   * @return the decision
   */
  public Decision check(Order order, Mode mode) {
    return check(Checkout.of(order), mode);
  }

  /**
   * Checks a checkout.
   *
   * @param checkout the order and the methods selected, not null
   * @param mode how much to evaluate, not null
   * @return the decision
   */
  public Decision check(Checkout checkout, Mode mode) {
    return rules.evaluate(checkout, mode);
  }

  private RuleSet<Checkout> buildRules() {
    Yen max = policy.maximum();
    Yen min = policy.minimum();
    List<Rule<Checkout>> list = new ArrayList<>();
    list.add(Rule.<Checkout>check(KonbiniReasons.AMOUNT_OVER_LIMIT.code(),
        "The total, tax included, is at most " + max,
        c -> !c.order().total().isGreaterThan(max),
        c -> overLimit(c)));
    list.add(Rule.<Checkout>check(KonbiniReasons.AMOUNT_UNDER_MINIMUM.code(),
        "The total, tax included, is at least " + min,
        c -> !c.order().total().isLessThan(min),
        c -> withPayAnotherWay(Violation.builder(KonbiniReasons.AMOUNT_UNDER_MINIMUM)
            .with(KonbiniReasons.TOTAL, c.order().total()).with(KonbiniReasons.MINIMUM, min)
            .remedy(Remedy.builder(KonbiniReasons.ADD_ITEMS)
                .with(KonbiniReasons.SHORTFALL, min.minus(c.order().total()))
                .with(KonbiniReasons.MINIMUM, min).build()), c))
        .onlyWhen(c -> min.isPositive()));
    list.add(Rule.<Checkout>check(KonbiniReasons.EXPRESS_SHIPPING.code(), "Express shipping (お急ぎ便) is not chosen",
        c -> !c.order().shipping().isExpress(),
        c -> shipping(KonbiniReasons.EXPRESS_SHIPPING, c))
        .onlyWhen(c -> policy.excludesExpress()));
    list.add(Rule.<Checkout>check(KonbiniReasons.SCHEDULED_DELIVERY.code(),
        "Scheduled delivery (日時指定便) is not chosen",
        c -> !c.order().shipping().isScheduled(),
        c -> shipping(KonbiniReasons.SCHEDULED_DELIVERY, c))
        .onlyWhen(c -> policy.excludesScheduled()));
    list.add(kindRule(KonbiniReasons.DIGITAL_ITEM, ItemKind.DIGITAL_CONTENT, "No digital content"));
    list.add(kindRule(KonbiniReasons.GIFT_CARD_ITEM, ItemKind.GIFT_CARD, "No gift card"));
    list.add(kindRule(KonbiniReasons.SUBSCRIPTION_ITEM, ItemKind.SUBSCRIPTION, "No subscription"));
    list.add(Rule.<Checkout>check(KonbiniReasons.PRE_ORDER_ITEM.code(), "No pre-order item (予約商品)",
        c -> !c.order().hasPreOrder(),
        c -> lines(KonbiniReasons.PRE_ORDER_ITEM, c, LineItem::isPreOrder))
        .onlyWhen(c -> policy.excludesPreOrders()));
    list.add(Rule.<Checkout>check(KonbiniReasons.SELLER_NOT_ACCEPTING.code(), "The seller accepts konbini payment",
        c -> sellerAccepts(c.order().seller()),
        c -> withPayAnotherWay(Violation.builder(KonbiniReasons.SELLER_NOT_ACCEPTING)
            .with(KonbiniReasons.SELLER, c.order().seller().display(Locale.ROOT))
            .remedy(Remedy.of(KonbiniReasons.CHOOSE_ANOTHER_SELLER)), c)));
    list.add(Rule.<Checkout>check(KonbiniReasons.PAYPAY_ONLY.code(), "PayPay balance is not the only method selected",
        c -> !c.isPayPayOnly(),
        c -> withPayAnotherWay(Violation.builder(KonbiniReasons.PAYPAY_ONLY)
            .remedy(Remedy.of(KonbiniReasons.CHANGE_PAYMENT_SELECTION)), c))
        .onlyWhen(c -> policy.excludesPayPayOnly()));
    return RuleSet.<Checkout>builder().addAll(list).build();
  }

  private boolean sellerAccepts(Seller seller) {
    if (!seller.accepts(PaymentMethod.Kind.KONBINI)) {
      return false;
    }
    return !(seller instanceof Seller.Marketplace m) || !policy.sellersNotAccepting().contains(m.id());
  }

  private Violation overLimit(Checkout c) {
    Violation.Builder v = Violation.builder(KonbiniReasons.AMOUNT_OVER_LIMIT)
        .with(KonbiniReasons.TOTAL, c.order().total())
        .with(KonbiniReasons.LIMIT, policy.maximum());
    Optional<SplitPlan> plan = planner.tryPlan(c.order());
    if (plan.isPresent() && !plan.get().orders().isEmpty()) {
      v.remedy(Remedy.builder(KonbiniReasons.SPLIT_ORDER)
          .with(KonbiniReasons.ORDERS, plan.get().orders().size())
          .with(KonbiniReasons.LIMIT, policy.maximum())
          .with(KonbiniReasons.PLAN, plan.get())
          .build());
    }
    return withPayAnotherWay(v, c);
  }

  private Violation shipping(ReasonCode reason, Checkout c) {
    return withPayAnotherWay(Violation.builder(reason).with(KonbiniReasons.SHIPPING, c.order().shipping())
        .remedy(Remedy.of(KonbiniReasons.CHOOSE_STANDARD_SHIPPING)), c);
  }

  private Rule<Checkout> kindRule(ReasonCode reason, ItemKind kind, String description) {
    return Rule.<Checkout>check(reason.code(), description,
        c -> !c.order().contains(kind),
        c -> lines(reason, c, line -> line.kind() == kind))
        .onlyWhen(c -> policy.excludedItemKinds().contains(kind));
  }

  private Violation lines(ReasonCode reason, Checkout c, Predicate<LineItem> matches) {
    long count = 0;
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (LineItem line : c.order().lines()) {
      if (matches.test(line)) {
        if (count < KonbiniReasons.MAX_LISTED_LINES) {
          ids.add(line.lineId());
        }
        count++;
      }
    }
    ImmutableList<String> listed = ids.build();
    return withPayAnotherWay(Violation.builder(reason)
        .with(KonbiniReasons.COUNT, count)
        .with(KonbiniReasons.LINES, listed)
        .remedy(Remedy.builder(KonbiniReasons.REMOVE_ITEMS).with(KonbiniReasons.LINES, listed).build()), c);
  }

  private Violation withPayAnotherWay(Violation.Builder v, Checkout c) {
    ImmutableList<PaymentMethod> others = MethodRules.otherAllowed(policy, c);
    if (!others.isEmpty()) {
      v.remedy(Remedy.builder(KonbiniReasons.PAY_ANOTHER_WAY).with(KonbiniReasons.METHODS, others).build());
    }
    return v.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KonbiniEligibility && ((KonbiniEligibility) other).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  /** Returns {@code KonbiniEligibility[policy name]}. */
  @Override
  public String toString() {
    return "KonbiniEligibility[" + policy.name() + "]";
  }
}
