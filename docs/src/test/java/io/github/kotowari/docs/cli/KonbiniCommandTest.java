package io.github.kotowari.docs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.docs.cli.KotowariCliTest.Result;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.StoreProcedure;
import io.github.kotowari.konbini.store.StoreProcedures;
import io.github.kotowari.konbini.store.Tender;
import io.github.kotowari.konbini.store.TenderPolicy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KonbiniCommandTest {

  static Result run(String... args) {
    return KotowariCliTest.run(args);
  }

  @Test
  void theToolListsTheKonbiniGroupAndTheGroupListsStores() {
    assertTrue(run("--help").out().contains("konbini"));
    Result group = run("konbini");
    assertEquals(0, group.code());
    assertTrue(group.out().contains("stores"), group.out());
  }

  @Test
  void lawsonInEnglishIsTheGuidesProcedure() {
    // Amazon Japan guide: Loppi → "各種番号をお持ちの方" → 11-digit number → slip → register;
    // cash, PayPay, d払い, Ponta points; the terminal table gives the number only.
    Result r = run("konbini", "stores", "--store", "lawson");
    assertEquals(0, r.code(), r.err());
    assertEquals("""
        Lawson (Amazon Japan konbini payment)
          Pay at: Loppi terminal
          Bring: payment number (11 digits)
          Barcode instead of the number: no
          Tenders: cash, PayPay, d Barai, Ponta points
          Steps:
            1. On the Loppi top screen, choose "I have a number" (各種番号をお持ちの方).
            2. Enter the 11-digit payment number.
            3. Hand the printed slip to the register and pay.
            4. Keep the receipt.
        """, r.out());
  }

  @Test
  void lawsonInJapaneseUnderTheStrictTenderReading() {
    Result r = run("konbini", "stores", "--store", "ローソン", "--lang", "ja", "--tenders", "cash-only-at-terminals");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("ローソン（Amazon.co.jp のコンビニ払い）\n  支払う場所: Loppi（店内端末）\n"), r.out());
    assertTrue(r.out().contains("  支払い手段: 現金\n"), r.out());
    assertTrue(r.out().contains("    1. Loppiのトップ画面で「各種番号をお持ちの方」を選ぶ\n"), r.out());
  }

  @Test
  void theCommandAnswersWhatTheApiAnswersForEveryStoreSchemeAndLanguage() {
    for (String scheme : List.of("amazon-japan", "payment-gateway")) {
      StoreProcedures catalogue = scheme.equals("amazon-japan") ? StoreProcedures.amazonJapan()
          : StoreProcedures.paymentGateways();
      for (String lang : List.of("ja", "en")) {
        Locale locale = lang.equals("ja") ? Locale.JAPANESE : Locale.ENGLISH;
        for (KonbiniStore store : KonbiniStore.values()) {
          Result r = run("konbini", "stores", "--scheme", scheme, "--lang", lang, "--store", store.name());
          StoreProcedure procedure = catalogue.get(store).orElse(null);
          assertTrue(r.out().startsWith(store.display(locale)), r.out());
          if (procedure == null) {
            assertEquals(1, r.code(), store + " is not offered");
            continue;
          }
          assertEquals(0, r.code(), r.err());
          assertTrue(r.out().contains(procedure.place().display(locale)), r.out());
          List<String> steps = procedure.steps(locale);
          for (int i = 0; i < steps.size(); i++) {
            assertTrue(r.out().contains("    " + (i + 1) + ". " + steps.get(i) + "\n"), r.out());
          }
          assertFalse(r.out().contains("    " + (steps.size() + 1) + ". "), r.out());
          for (PaymentNumberKind kind : procedure.identifiers()) {
            assertTrue(r.out().contains(kind.display(locale)), r.out());
          }
          for (Tender tender : procedure.tenders(TenderPolicy.PER_STORE)) {
            assertTrue(r.out().contains(tender.display(locale)), r.out());
          }
        }
      }
    }
  }

  @Test
  void listingEveryStoreSaysWhichAreNotOffered() {
    Result r = run("konbini", "stores");
    assertEquals(0, r.code());
    for (KonbiniStore store : StoreProcedures.amazonJapan().stores()) {
      assertTrue(r.out().contains(store.display(Locale.ENGLISH) + " (Amazon Japan konbini payment)\n"), store.name());
    }
    assertTrue(r.out().endsWith("\nDaily Yamazaki: not offered under this scheme\n"), r.out());
  }

  @Test
  void badArgumentsExitTwoWithOneLine() {
    for (String[] args : List.of(new String[] {"konbini", "stores", "--store", "circle-k"},
        new String[] {"konbini", "stores", "--lang", "fr"},
        new String[] {"konbini", "stores", "--scheme", "stripe"},
        new String[] {"konbini", "stores", "--tenders", "cards"},
        new String[] {"konbini", "stores", "--store", "x".repeat(1 << 20)})) {
      Result r = run(args);
      assertEquals(2, r.code(), args[2] + " " + args[3].length());
      assertTrue(r.err().startsWith("kotowari: "), r.err());
      assertTrue(r.err().length() < 300, "one short line, never the whole input");
      assertEquals("", r.out());
    }
  }
}
