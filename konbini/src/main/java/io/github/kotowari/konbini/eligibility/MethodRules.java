package io.github.kotowari.konbini.eligibility;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain rules for the payment methods other than konbini, shared by eligibility and availability. */
final class MethodRules {
  private MethodRules() {}

  /** Whether {@code kind} shares konbini's conditions under {@code policy}. */
  static boolean followsKonbini(KonbiniPolicy policy, PaymentMethod.Kind kind) {
    return kind != PaymentMethod.Kind.KONBINI && policy.payAtStoreGroupFollowsKonbini()
        && PaymentMethod.Kind.payAtStoreGroup().contains(kind);
  }

  /** The violations of a method other than konbini that does not follow konbini, in rule order. */
  static List<Violation> violations(PaymentMethod method, Checkout checkout) {
    Order order = checkout.order();
    List<Violation> out = new ArrayList<>(2);
    Seller seller = order.seller();
    if (!seller.accepts(method.kind())) {
      out.add(Violation.builder(KonbiniReasons.METHOD_NOT_ACCEPTED)
          .with(KonbiniReasons.METHOD, method)
          .with(KonbiniReasons.SELLER, seller.display(Locale.ROOT))
          .remedy(Remedy.of(KonbiniReasons.CHOOSE_ANOTHER_SELLER))
          .build());
    }
    if (method.kind() == PaymentMethod.Kind.CASH_ON_DELIVERY && !somethingShipped(order)) {
      out.add(Violation.builder(KonbiniReasons.NOTHING_TO_DELIVER).with(KonbiniReasons.METHOD, method).build());
    }
    return out;
  }

  static boolean somethingShipped(Order order) {
    if (order.shipping() == ShippingOption.NO_SHIPPING) {
      return false;
    }
    for (ItemKind kind : order.itemKinds()) {
      if (kind.isShipped()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The methods allowed for the checkout besides konbini and the methods that share its conditions:
   * what "pay another way" offers.
   */
  static ImmutableList<PaymentMethod> otherAllowed(KonbiniPolicy policy, Checkout checkout) {
    ImmutableList.Builder<PaymentMethod> out = ImmutableList.builder();
    for (PaymentMethod method : PaymentMethod.all()) {
      if (method.kind() != PaymentMethod.Kind.KONBINI && !followsKonbini(policy, method.kind())
          && violations(method, checkout).isEmpty()) {
        out.add(method);
      }
    }
    return out.build();
  }
}
