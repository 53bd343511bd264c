package io.github.kotowari.core.payment;

import com.google.common.collect.ImmutableList;

/** Holds {@link PaymentMethod#all()}, built once; interfaces cannot have private fields. */
final class All {
  private All() {}

  static final ImmutableList<PaymentMethod> METHODS = build();

  private static ImmutableList<PaymentMethod> build() {
    ImmutableList.Builder<PaymentMethod> all = ImmutableList.builder();
    all.add(PaymentMethod.creditCard(), PaymentMethod.debitCard(), PaymentMethod.konbini(), PaymentMethod.atm(),
        PaymentMethod.netBanking(), PaymentMethod.electronicMoney(), PaymentMethod.giftCardBalance(),
        PaymentMethod.amazonPoints(), PaymentMethod.payPay(), PaymentMethod.payLater(),
        PaymentMethod.cashOnDelivery());
    for (PaymentMethod.CarrierBilling.Carrier carrier : PaymentMethod.CarrierBilling.Carrier.values()) {
      all.add(PaymentMethod.carrierBilling(carrier));
    }
    return all.build();
  }
}
