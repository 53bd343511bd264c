package io.github.kotowari.konbini.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.payment.PaymentMethod;
import java.util.Set;

/**
 * The facts konbini eligibility decides on: the order, and the payment methods the customer has
 * already selected at checkout (the Amazon Japan guide withholds konbini payment when PayPay
 * balance is the only one).
 *
 * <pre>{@code
 * Checkout plain = Checkout.of(order);                                        // nothing selected
 * Checkout payPay = Checkout.of(order, EnumSet.of(PaymentMethod.Kind.PAYPAY)); // PayPay only
 * payPay.isPayPayOnly();   // true
 * }</pre>
 *
 * @param order the order, not null
 * @param selectedMethods the kinds of payment selected so far, possibly empty; stored as an
 *     immutable copy
 * @since 0.1.0
 */
public record Checkout(Order order, Set<PaymentMethod.Kind> selectedMethods) {

  /**
   * Validates and copies the fields.
   *
   * @param order the order
   * @param selectedMethods the kinds selected so far
   */
  public Checkout {
    requireNonNull(order, "checkout.order");
    selectedMethods = Sets.immutableEnumSet(requireNonNull(selectedMethods, "checkout.selectedMethods"));
  }

  /**
   * Returns the facts of an order with no payment method selected yet.
   *
   * @param order the order, not null
   * @return the checkout
   */
  public static Checkout of(Order order) {
    return new Checkout(order, ImmutableSet.of());
  }

  /**
   * Returns the facts of an order with the given methods selected.
   *
   * @param order the order, not null
   * @param selectedMethods the kinds selected, not null
   * @return the checkout
   */
  public static Checkout of(Order order, Set<PaymentMethod.Kind> selectedMethods) {
    return new Checkout(order, selectedMethods);
  }

  /**
   * Returns whether PayPay is the one and only method selected.
   *
   * @return true if the selection is exactly {@code {PAYPAY}}
   */
  public boolean isPayPayOnly() {
    return selectedMethods.size() == 1 && selectedMethods.contains(PaymentMethod.Kind.PAYPAY);
  }
}
