package io.github.kotowari.testkit;

import io.github.kotowari.core.payment.PaymentMethod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for core's payment methods.
 *
 * <pre>{@code
 * @Property
 * void everyMethodHasAName(@ForAll("methods") PaymentMethod method) {
 *   assertFalse(method.display(Locale.JAPANESE).isEmpty());
 * }
 *
 * @Provide
 * Arbitrary<PaymentMethod> methods() { return PaymentArbitraries.paymentMethods(); }
 * }</pre>
 *
 * <p>Values shrink towards the first method of {@link PaymentMethod#all()}, the credit card.
 *
 * @since 0.1.0
 */
public final class PaymentArbitraries {
  private PaymentArbitraries() {}

  /**
   * Returns every payment method of core's sealed hierarchy, including each carrier-billing carrier,
   * in the order of {@link PaymentMethod#all()}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PaymentMethod> paymentMethods() {
    return Arbitraries.of(PaymentMethod.all());
  }

  /**
   * Returns the kinds of payment method, one per record of the hierarchy.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PaymentMethod.Kind> kinds() {
    return Arbitraries.of(PaymentMethod.Kind.class);
  }
}
