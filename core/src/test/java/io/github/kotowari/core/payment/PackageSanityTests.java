package io.github.kotowari.core.payment;

import com.google.common.testing.AbstractPackageSanityTests;

/** Guava's generic null, equality and serialization checks over every public class of the package. */
public class PackageSanityTests extends AbstractPackageSanityTests {
  public PackageSanityTests() {
    setDefault(PaymentMethod.CarrierBilling.Carrier.class, PaymentMethod.CarrierBilling.Carrier.AU);
  }
}
