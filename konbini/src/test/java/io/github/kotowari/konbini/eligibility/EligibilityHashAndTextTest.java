package io.github.kotowari.konbini.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checkers built on different policies hash apart and name their policy in their text. */
class EligibilityHashAndTextTest {

  static final List<KonbiniPolicy> POLICIES = List.of(KonbiniPolicy.amazonJapan(), KonbiniPolicy.stripe(),
      KonbiniPolicy.antom(), KonbiniPolicy.worldpay());

  @Test
  void checkersOnDistinctPoliciesHashApart() {
    Set<Integer> eligibility = new HashSet<>();
    Set<Integer> availability = new HashSet<>();
    for (KonbiniPolicy policy : POLICIES) {
      eligibility.add(KonbiniEligibility.of(policy).hashCode());
      availability.add(PaymentAvailability.of(policy).hashCode());
    }
    assertEquals(POLICIES.size(), eligibility.size());
    assertEquals(POLICIES.size(), availability.size());
    assertEquals(KonbiniEligibility.of(KonbiniPolicy.stripe()).hashCode(),
        KonbiniEligibility.of(KonbiniPolicy.stripe()).hashCode());
  }

  @Test
  void textNamesThePolicy() {
    for (KonbiniPolicy policy : POLICIES) {
      assertEquals("KonbiniEligibility[" + policy.name() + "]", KonbiniEligibility.of(policy).toString());
      assertEquals("PaymentAvailability[" + policy.name() + "]", PaymentAvailability.of(policy).toString());
    }
    assertNotEquals(KonbiniEligibility.amazonJapan().toString(), KonbiniEligibility.of(KonbiniPolicy.stripe()).toString());
  }
}
