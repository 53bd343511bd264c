package io.github.kotowari.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.payment.PaymentMethod;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.StoreProcedure;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The konbini and payment-method generators produce what they promise, and the library agrees. */
class KonbiniArbitrariesProperties {

  @Provide
  Arbitrary<KonbiniArbitraries.Pasted> pasted() {
    return KonbiniArbitraries.pastedPaymentNumbers();
  }

  @Provide
  Arbitrary<PaymentNumber> numbers() {
    return KonbiniArbitraries.paymentNumbers();
  }

  @Provide
  Arbitrary<StoreProcedure> procedures() {
    return KonbiniArbitraries.storeProcedures();
  }

  @Property
  void pastedNumbersParseToTheirNumber(@ForAll("pasted") KonbiniArbitraries.Pasted pasted) {
    assertEquals(pasted.number(), PaymentNumber.parse(pasted.number().kind(), pasted.text()));
  }

  @Property
  void generatedNumbersHaveAnAcceptedLength(@ForAll("numbers") PaymentNumber number) {
    int length = number.value().length();
    assertTrue(length >= number.kind().minDigits() && length <= number.kind().maxDigits());
    assertTrue(number.value().chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  @Property
  void samplesPrintMasked(@ForAll("pasted") KonbiniArbitraries.Pasted pasted) {
    String digits = pasted.number().value();
    String shown = pasted.toString();
    if (digits.length() > 4) {
      assertFalse(shown.contains(digits), shown);
    }
  }

  @Property
  void eachProcedureGetsOneNumberPerIdentifierItAsksFor(@ForAll("procedures") StoreProcedure procedure) {
    List<PaymentNumber> numbers = KonbiniArbitraries.paymentNumbersFor(procedure).sample();
    assertEquals(procedure.identifiers(), numbers.stream().map(PaymentNumber::kind).toList());
    assertFalse(procedure.steps(Locale.JAPANESE).isEmpty());
  }

  @Example
  void everyKindOfPaymentMethodIsGenerated() {
    Set<PaymentMethod.Kind> seen = EnumSet.noneOf(PaymentMethod.Kind.class);
    PaymentArbitraries.paymentMethods().allValues().orElseThrow().forEach(m -> seen.add(m.kind()));
    assertEquals(EnumSet.allOf(PaymentMethod.Kind.class), seen);
  }
}
