package io.github.kotowari.konbini.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;
import io.github.kotowari.core.rule.Mode;
import io.github.kotowari.core.rule.Outcome;
import io.github.kotowari.core.rule.Rule;
import io.github.kotowari.core.rule.RuleSet;
import io.github.kotowari.konbini.KonbiniPolicy;
import org.jspecify.annotations.Nullable;

/**
 * For an order, every payment method of core's sealed {@link PaymentMethod} hierarchy, allowed or
 * not, and why.
 *
 * <pre>{@code
 * PaymentAvailability availability = PaymentAvailability.of(KonbiniPolicy.amazonJapan());
 * for (MethodAvailability a : availability.check(order)) { ... }   // one per PaymentMethod.all()
 * availability.allowedMethods(order);                              // [CreditCard[], DebitCard[], ...]
 * }</pre>
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>Konbini: {@link KonbiniEligibility} under the policy.
 *   <li>ATM, net banking and e-money: the same decision as konbini when
 *       {@link KonbiniPolicy#payAtStoreGroupFollowsKonbini()} (Amazon offers the four as one
 *       checkout option); otherwise as the methods below.
 *   <li>Every other method: allowed unless the seller does not accept it
 *       ({@code payment.seller-not-accepting}); cash on delivery also needs something shipped
 *       ({@code payment.nothing-to-deliver}). The guide states no other condition for them: a
 *       credit card is always offered. (Cards are never accepted <i>at the store</i> for a konbini
 *       payment; that is a tender, see {@code io.github.kotowari.konbini.store.Tender}.)
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PaymentAvailability {
  private final KonbiniEligibility konbini;

  private PaymentAvailability(KonbiniEligibility konbini) {
    this.konbini = konbini;
  }

  /**
   * Returns the availability rules of {@code policy}.
   *
   * @param policy the policy, not null
   * @return the availability
   */
  public static PaymentAvailability of(KonbiniPolicy policy) {
    return new PaymentAvailability(KonbiniEligibility.of(requireNonNull(policy, "policy")));
  }

  /**
   * Returns the konbini eligibility this availability uses.
   *
   * @return the eligibility
   */
  public KonbiniEligibility konbini() {
    return konbini;
  }

  /**
   * Returns every method's availability for an order with nothing selected yet.
   *
   * @param order the order, not null
   * @return one entry per {@link PaymentMethod#all()}, in that order
   */
  public ImmutableList<MethodAvailability> check(Order order) {
    return check(Checkout.of(order));
  }

  /**
   * Returns every method's availability for a checkout, each with every reason.
   *
   * @param checkout the checkout, not null
   * @return one entry per {@link PaymentMethod#all()}, in that order
   */
  public ImmutableList<MethodAvailability> check(Checkout checkout) {
    requireNonNull(checkout, "checkout");
    KonbiniPolicy policy = konbini.policy();
    Decision konbiniDecision = konbini.check(checkout, Mode.ALL_VIOLATIONS);
    ImmutableList.Builder<MethodAvailability> out = ImmutableList.builder();
    for (PaymentMethod method : PaymentMethod.all()) {
      Decision decision;
      if (method.kind() == PaymentMethod.Kind.KONBINI || MethodRules.followsKonbini(policy, method.kind())) {
        decision = konbiniDecision;
      } else {
        decision = rulesFor(method).evaluate(checkout, Mode.ALL_VIOLATIONS);
      }
      out.add(new MethodAvailability(method, decision));
    }
    return out.build();
  }

  /**
   * Returns the methods allowed for an order with nothing selected yet.
   *
   * @param order the order, not null
   * @return the allowed methods, in {@link PaymentMethod#all()} order
   */
  public ImmutableList<PaymentMethod> allowedMethods(Order order) {
    ImmutableList.Builder<PaymentMethod> out = ImmutableList.builder();
    for (MethodAvailability a : check(order)) {
      if (a.isAllowed()) {
        out.add(a.method());
      }
    }
    return out.build();
  }

  /**
   * Returns the rules for a method other than konbini and the methods that follow it: the seller
   * accepts it, and for cash on delivery, something is shipped.
   *
   * @param method the method, not null
   * @return the rules
   */
  static RuleSet<Checkout> rulesFor(PaymentMethod method) {
    return RuleSet.of(Rule.<Checkout>of("payment.method-conditions", "The plain conditions of " + method.kind(),
        c -> {
          var violations = MethodRules.violations(method, c);
          return violations.isEmpty() ? Outcome.pass() : Outcome.violated(violations);
        }));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PaymentAvailability && ((PaymentAvailability) other).konbini.equals(konbini);
  }

  @Override
  public int hashCode() {
    return konbini.hashCode();
  }

  /** Returns {@code PaymentAvailability[policy name]}. */
  @Override
  public String toString() {
    return "PaymentAvailability[" + konbini.policy().name() + "]";
  }
}
