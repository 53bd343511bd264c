package io.github.kotowari.konbini.store;

import static io.github.kotowari.konbini.store.KonbiniStore.DAILY_YAMAZAKI;
import static io.github.kotowari.konbini.store.KonbiniStore.FAMILYMART;
import static io.github.kotowari.konbini.store.KonbiniStore.LAWSON;
import static io.github.kotowari.konbini.store.KonbiniStore.MINISTOP;
import static io.github.kotowari.konbini.store.KonbiniStore.SEICOMART;
import static io.github.kotowari.konbini.store.KonbiniStore.SEVEN_ELEVEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreProceduresTest {

  static final List<StoreProcedures> CATALOGUES =
      List.of(StoreProcedures.amazonJapan(), StoreProcedures.paymentGateways());

  static StoreProcedure amazon(KonbiniStore store) {
    return StoreProcedures.amazonJapan().get(store).orElseThrow();
  }

  static StoreProcedure gateway(KonbiniStore store) {
    return StoreProcedures.paymentGateways().get(store).orElseThrow();
  }

  @Test
  void amazonJapanOffersTheGuidesFiveStores() {
    assertEquals(ImmutableSet.of(SEVEN_ELEVEN, FAMILYMART, LAWSON, MINISTOP, SEICOMART),
        StoreProcedures.amazonJapan().stores());
    assertTrue(StoreProcedures.amazonJapan().get(DAILY_YAMAZAKI).isEmpty());
  }

  @Test
  void amazonJapanPlacesNumbersAndBarcodesAreTheGuides() {
    // The guide's store table: register / Famiport / Loppi / Loppi / Club Station.
    assertEquals(PaymentPlace.REGISTER, amazon(SEVEN_ELEVEN).place());
    assertEquals(PaymentPlace.FAMIPORT, amazon(FAMILYMART).place());
    assertEquals(PaymentPlace.LOPPI, amazon(LAWSON).place());
    assertEquals(PaymentPlace.LOPPI, amazon(MINISTOP).place());
    assertEquals(PaymentPlace.CLUB_STATION, amazon(SEICOMART).place());
    // Terminal table: 13 digits or barcode at Seven-Eleven, 11 digits or barcode at FamilyMart, 11 at Lawson.
    assertEquals(List.of(PaymentNumberKind.PAYMENT_SLIP_NUMBER), amazon(SEVEN_ELEVEN).identifiers());
    assertEquals(13, amazon(SEVEN_ELEVEN).identifiers().get(0).minDigits());
    assertEquals(11, amazon(FAMILYMART).identifiers().get(0).maxDigits());
    assertEquals(11, amazon(LAWSON).identifiers().get(0).maxDigits());
    assertTrue(amazon(SEVEN_ELEVEN).barcodeAccepted());
    assertTrue(amazon(FAMILYMART).barcodeAccepted());
    assertFalse(amazon(LAWSON).barcodeAccepted());
    assertFalse(amazon(MINISTOP).barcodeAccepted());
    assertFalse(amazon(SEICOMART).barcodeAccepted());
  }

  @Test
  void amazonJapanTendersArePerStoreAsTheGuideLists() {
    assertEquals(EnumSet.of(Tender.CASH, Tender.NANACO), amazon(SEVEN_ELEVEN).tenders());
    assertEquals(EnumSet.of(Tender.CASH, Tender.FAMIPAY, Tender.RAKUTEN_EDY), amazon(FAMILYMART).tenders());
    assertEquals(EnumSet.of(Tender.CASH, Tender.PAYPAY, Tender.D_BARAI, Tender.PONTA_POINTS), amazon(LAWSON).tenders());
    assertEquals(EnumSet.of(Tender.CASH), amazon(MINISTOP).tenders());
    assertEquals(EnumSet.of(Tender.CASH), amazon(SEICOMART).tenders());
  }

  @Test
  void strictReadingMakesTerminalsCashOnlyAndLeavesTheRegister() {
    for (StoreProcedures catalogue : CATALOGUES) {
      for (StoreProcedure p : catalogue.procedures()) {
        Set<Tender> strict = p.tenders(TenderPolicy.CASH_ONLY_AT_TERMINALS);
        if (p.place().isTerminal()) {
          assertEquals(EnumSet.of(Tender.CASH), strict, p.toString());
        } else {
          assertEquals(p.tenders(), strict, p.toString());
        }
        assertEquals(p.tenders(), p.tenders(TenderPolicy.PER_STORE));
      }
    }
    assertEquals(EnumSet.of(Tender.CASH, Tender.NANACO),
        amazon(SEVEN_ELEVEN).tenders(TenderPolicy.CASH_ONLY_AT_TERMINALS));
  }

  @Test
  void gatewaysUseThePerStoreIdentifiersOfKonbiniMd() {
    assertEquals(List.of(PaymentNumberKind.PAYMENT_SLIP_NUMBER), gateway(SEVEN_ELEVEN).identifiers());
    assertEquals(List.of(PaymentNumberKind.COMPANY_CODE, PaymentNumberKind.ORDER_NUMBER),
        gateway(FAMILYMART).identifiers());
    assertEquals(List.of(PaymentNumberKind.CUSTOMER_NUMBER, PaymentNumberKind.CONFIRMATION_NUMBER),
        gateway(LAWSON).identifiers());
    assertEquals(gateway(LAWSON).identifiers(), gateway(MINISTOP).identifiers());
    assertEquals(List.of(PaymentNumberKind.RECEIPT_NUMBER, PaymentNumberKind.PHONE_NUMBER),
        gateway(SEICOMART).identifiers());
    // KOMOJU: cash in principle; FamiPay at FamilyMart, nanaco at Seven-Eleven.
    assertEquals(EnumSet.of(Tender.CASH, Tender.FAMIPAY), gateway(FAMILYMART).tenders());
    assertEquals(EnumSet.of(Tender.CASH, Tender.NANACO), gateway(SEVEN_ELEVEN).tenders());
    assertEquals(EnumSet.of(Tender.CASH), gateway(LAWSON).tenders());
  }

  @Test
  void everyProcedureHasJapaneseAndEnglishStepsAndTakesCashNeverCards() {
    for (StoreProcedures catalogue : CATALOGUES) {
      for (StoreProcedure p : catalogue.procedures()) {
        assertFalse(p.steps().isEmpty(), p.toString());
        ImmutableList<String> ja = p.steps(Locale.JAPANESE);
        ImmutableList<String> en = p.steps(Locale.ENGLISH);
        assertEquals(ja.size(), en.size());
        for (int i = 0; i < ja.size(); i++) {
          assertTrue(ja.get(i).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
              || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
              || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), ja.get(i));
          assertTrue(en.get(i).chars().filter(c -> c >= 'a' && c <= 'z').count() >= 5, en.get(i));
          assertEquals(ja.get(i), p.steps().get(i).text(Language.JAPANESE));
        }
        assertTrue(p.tenders().contains(Tender.CASH), p.toString());
        for (Tender tender : p.tenders()) {
          String en1 = tender.display(Locale.ENGLISH).toLowerCase(Locale.ROOT);
          assertFalse(en1.contains("card") || en1.contains("credit") || en1.contains("debit"), en1);
          assertFalse(tender.display(Locale.JAPANESE).contains("カード"), tender.name());
        }
        assertEquals(catalogue.get(p.store()).orElseThrow(), p);
      }
    }
    for (Tender tender : Tender.values()) {
      assertFalse(tender.name().contains("CARD") || tender.name().contains("CREDIT") || tender.name().contains("DEBIT"));
    }
  }

  @Test
  void stepsMentionTheNumberTheyAskFor() {
    for (StoreProcedures catalogue : CATALOGUES) {
      for (StoreProcedure p : catalogue.procedures()) {
        String ja = String.join("", p.steps(Locale.JAPANESE));
        String en = String.join(" ", p.steps(Locale.ENGLISH));
        for (PaymentNumberKind kind : p.identifiers()) {
          if (kind.minDigits() == kind.maxDigits() && p.store() != SEICOMART) {
            assertTrue(ja.contains(Integer.toString(kind.minDigits())), p + " " + kind);
            assertTrue(en.contains(kind.minDigits() + "-digit"), p + " " + kind);
          }
        }
      }
    }
  }

  @Test
  void procedureFactoryRejectsIncompleteProcedures() {
    ImmutableList<ProcedureStep> steps = ImmutableList.of(ProcedureStep.of("支払う", "Pay."));
    ImmutableList<PaymentNumberKind> ids = ImmutableList.of(PaymentNumberKind.PAYMENT_NUMBER);
    assertThrows(IllegalArgumentException.class, () -> StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN,
        PaymentPlace.LOPPI, ImmutableList.of(), ids, EnumSet.of(Tender.CASH), false));
    assertThrows(IllegalArgumentException.class, () -> StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN,
        PaymentPlace.LOPPI, steps, ImmutableList.of(), EnumSet.of(Tender.CASH), false));
    assertThrows(IllegalArgumentException.class, () -> StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN,
        PaymentPlace.LOPPI, steps, List.of(PaymentNumberKind.PAYMENT_NUMBER, PaymentNumberKind.PAYMENT_NUMBER),
        EnumSet.of(Tender.CASH), false));
    assertThrows(IllegalArgumentException.class, () -> StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN,
        PaymentPlace.LOPPI, steps, ids, EnumSet.of(Tender.PAYPAY), false));
    assertThrows(IllegalArgumentException.class, () -> ProcedureStep.of(" ", "Pay."));
    assertThrows(IllegalArgumentException.class, () -> ProcedureStep.of("支払う", "\u3000"));
    assertThrows(IllegalArgumentException.class, () -> StoreProcedures.of(List.of(amazon(LAWSON), gateway(LAWSON))));
  }

  @Test
  void equality() {
    StoreProcedure lawson = amazon(LAWSON);
    StoreProcedure sameLawson = StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN, PaymentPlace.LOPPI,
        lawson.steps(), lawson.identifiers(), List.of(Tender.PONTA_POINTS, Tender.CASH, Tender.D_BARAI, Tender.PAYPAY),
        false);
    StoreProcedure withBarcode = StoreProcedure.of(LAWSON, PaymentScheme.AMAZON_JAPAN, PaymentPlace.LOPPI,
        lawson.steps(), lawson.identifiers(), lawson.tenders(), true);
    new EqualsTester()
        .addEqualityGroup(lawson, sameLawson)
        .addEqualityGroup(withBarcode)
        .addEqualityGroup(amazon(MINISTOP))
        .addEqualityGroup(gateway(LAWSON))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StoreProcedures.amazonJapan(), StoreProcedures.amazonJapan(),
            StoreProcedures.of(StoreProcedures.amazonJapan().procedures().reverse()))
        .addEqualityGroup(StoreProcedures.paymentGateways())
        .addEqualityGroup(StoreProcedures.of(List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ProcedureStep.of("支払う", "Pay."), ProcedureStep.of("支払う", "Pay."))
        .addEqualityGroup(ProcedureStep.of("支払う", "Pay now."))
        .addEqualityGroup(ProcedureStep.of("払う", "Pay."))
        .testEquals();
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(KonbiniStore.class, LAWSON)
        .setDefault(PaymentScheme.class, PaymentScheme.AMAZON_JAPAN)
        .setDefault(PaymentPlace.class, PaymentPlace.LOPPI)
        .setDefault(Iterable.class, List.of())
        .setDefault(TenderPolicy.class, TenderPolicy.PER_STORE);
    tester.testAllPublicStaticMethods(StoreProcedure.class);
    tester.testAllPublicStaticMethods(StoreProcedures.class);
    tester.testAllPublicStaticMethods(ProcedureStep.class);
    tester.testAllPublicStaticMethods(KonbiniStore.class);
    tester.testAllPublicInstanceMethods(amazon(LAWSON));
    tester.testAllPublicInstanceMethods(StoreProcedures.amazonJapan());
    tester.testAllPublicInstanceMethods(ProcedureStep.of("支払う", "Pay."));
    for (Object value : List.of(Tender.CASH, PaymentPlace.LOPPI, PaymentScheme.AMAZON_JAPAN, LAWSON)) {
      tester.testAllPublicInstanceMethods(value);
    }
  }

  @Test
  void enumsSpeakBothLanguages() {
    for (Enum<?>[] values : List.<Enum<?>[]>of(Tender.values(), PaymentPlace.values(), PaymentScheme.values())) {
      for (Enum<?> value : values) {
        io.github.kotowari.core.Displayable d = (io.github.kotowari.core.Displayable) value;
        assertFalse(d.display(Locale.JAPANESE).isBlank(), value.name());
        assertFalse(d.display(Locale.ENGLISH).isBlank(), value.name());
        assertEquals(d.display(Locale.ENGLISH), d.display(Locale.GERMANY), "other locales read English");
      }
    }
    assertEquals("現金", Tender.CASH.display(Locale.JAPAN));
    assertEquals("レジ", PaymentPlace.REGISTER.display(Locale.JAPAN));
    assertFalse(PaymentPlace.REGISTER.isTerminal());
  }
}
