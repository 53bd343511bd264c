package io.github.kotowari.konbini.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contracts of the store types beyond equality: hash codes that tell values apart, text forms that name
 * their content, the grouping of a formatted number, and the store-name bound at its edge.
 */
class StoreValueContractsTest {

  static void assertHashesSpread(List<?> distinct) {
    assertEquals(distinct.size(), new HashSet<>(distinct).size(), "the values are distinct");
    Set<Integer> hashes = new HashSet<>();
    distinct.forEach(v -> hashes.add(v.hashCode()));
    assertTrue(hashes.size() * 4 >= distinct.size() * 3, () -> hashes.size() + " hash codes for " + distinct);
  }

  @Test
  void hashCodesTellValuesApart() {
    List<PaymentNumber> numbers = new ArrayList<>();
    List<PaymentNumberResult> results = new ArrayList<>();
    List<ProcedureStep> steps = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String digits = Long.toString(1_000_000_000_000L + 7_777_777L * i);
      numbers.add(PaymentNumber.parse(PaymentNumberKind.PAYMENT_SLIP_NUMBER, digits));
      results.add(PaymentNumber.check(PaymentNumberKind.PAYMENT_SLIP_NUMBER, digits));
      steps.add(ProcedureStep.of("手順" + i, "Step " + i));
    }
    assertHashesSpread(numbers);
    assertHashesSpread(results);
    assertHashesSpread(steps);
    // The same digits as two kinds are two numbers, with two hash codes.
    PaymentNumber asOrder = PaymentNumber.parse(PaymentNumberKind.ORDER_NUMBER, "123456789012");
    PaymentNumber asCustomer = PaymentNumber.parse(PaymentNumberKind.CUSTOMER_NUMBER, "123456789012");
    assertNotEquals(asOrder, asCustomer);
    assertNotEquals(asOrder.hashCode(), asCustomer.hashCode());
    assertNotEquals(StoreProcedures.amazonJapan().hashCode(), StoreProcedures.paymentGateways().hashCode());
    List<StoreProcedure> procedures = new ArrayList<>(StoreProcedures.amazonJapan().procedures());
    procedures.addAll(StoreProcedures.paymentGateways().procedures());
    assertHashesSpread(procedures);
  }

  @Test
  void formattedNumbersAreGroupedByFour() {
    assertEquals("1234-5678-9012-3", PaymentNumber.parse(PaymentNumberKind.PAYMENT_SLIP_NUMBER, "1234567890123")
        .formatted());
    assertEquals("1234", PaymentNumber.parse(PaymentNumberKind.CONFIRMATION_NUMBER, "1234").formatted());
    assertEquals("1234-5", PaymentNumber.parse(PaymentNumberKind.COMPANY_CODE, "12345").formatted());
  }

  @Test
  void textFormsNameTheirContent() {
    ProcedureStep step = ProcedureStep.of("レジで支払う", "Pay at the register");
    assertTrue(step.toString().contains("Pay at the register"), step.toString());
    for (StoreProcedure procedure : StoreProcedures.amazonJapan().procedures()) {
      assertTrue(procedure.toString().contains(procedure.store().name()), procedure.toString());
    }
    String all = StoreProcedures.amazonJapan().toString();
    for (KonbiniStore store : StoreProcedures.amazonJapan().stores()) {
      assertTrue(all.contains(store.name()), all);
    }
  }

  @Test
  void placesAndSchemesAreNamedInBothLanguages() {
    assertFalse(PaymentPlace.REGISTER.isTerminal());
    assertTrue(PaymentPlace.FAMIPORT.isTerminal());
    assertTrue(PaymentPlace.LOPPI.isTerminal());
    assertTrue(PaymentPlace.CLUB_STATION.isTerminal());
    for (PaymentScheme scheme : PaymentScheme.values()) {
      assertNotEquals(scheme.display(Locale.JAPANESE), scheme.display(Locale.ENGLISH));
      assertTrue(scheme.display(Locale.JAPANESE).chars().anyMatch(c -> c >= 0x3000), scheme.name());
    }
  }

  @Test
  void aStoreNameOfFortyCharactersIsStillLookedAt() {
    String forty = " ".repeat(40 - "Lawson".length()) + "Lawson";
    assertEquals(40, forty.length());
    assertEquals(Optional.of(KonbiniStore.LAWSON), KonbiniStore.lookup(forty));
    assertEquals(Optional.empty(), KonbiniStore.lookup(" " + forty));
  }
}
