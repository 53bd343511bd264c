package io.github.kotowari.konbini.eligibility;

import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Decision;

/**
 * Whether one payment method is allowed for an order, and why not.
 *
 * <pre>{@code
 * for (MethodAvailability a : PaymentAvailability.of(policy).check(order)) {
 *   show(a.method().display(Locale.JAPANESE), a.isAllowed(), a.decision().explain(Locale.JAPANESE));
 * }
 * }</pre>
 *
 * @param method the payment method, not null
 * @param decision the decision for it: its violations are the reasons it is not allowed
 * @since 0.1.0
 */
public record MethodAvailability(PaymentMethod method, Decision decision) {

  /**
   * Checks the fields.
   *
   * @param method the method
   * @param decision the decision
   */
  public MethodAvailability {
    requireNonNull(method, "method");
    requireNonNull(decision, "decision");
  }

  /**
   * Returns whether the method is allowed.
   *
   * @return {@code decision().isAllowed()}
   */
  public boolean isAllowed() {
    return decision.isAllowed();
  }
}
