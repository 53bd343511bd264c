package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.docs.cli.KotowariCli;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberFormatException;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.PaymentNumberProblem;
import io.github.kotowari.konbini.store.PaymentNumberResult;
import io.github.kotowari.konbini.store.PaymentPlace;
import io.github.kotowari.konbini.store.StoreProcedure;
import io.github.kotowari.konbini.store.StoreProcedures;
import io.github.kotowari.konbini.store.Tender;
import io.github.kotowari.konbini.store.TenderPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snippets and shown outputs of docs/guide/{en,ja}/konbini-stores.md, run and checked. */
class KonbiniStoresGuideTest {

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    int code = KotowariCli.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    return out.toString();
  }

  @Test
  void aStoresProcedure() {
    StoreProcedures amazon = StoreProcedures.amazonJapan();
    StoreProcedure lawson = amazon.get(KonbiniStore.LAWSON).orElseThrow();
    PaymentPlace place = lawson.place();                  // LOPPI
    List<PaymentNumberKind> bring = lawson.identifiers(); // [PAYMENT_NUMBER], 11 digits
    Set<Tender> tenders = lawson.tenders();               // [CASH, PAYPAY, D_BARAI, PONTA_POINTS]
    boolean barcode = lawson.barcodeAccepted();           // false
    List<String> steps = lawson.steps(Locale.JAPANESE);   // 「各種番号をお持ちの方」を選ぶ, …

    assertEquals(PaymentPlace.LOPPI, place);
    assertEquals(List.of(PaymentNumberKind.PAYMENT_NUMBER), bring);
    assertEquals(11, bring.get(0).minDigits());
    assertEquals(EnumSet.of(Tender.CASH, Tender.PAYPAY, Tender.D_BARAI, Tender.PONTA_POINTS), tenders);
    assertFalse(barcode);
    assertEquals("Loppiのトップ画面で「各種番号をお持ちの方」を選ぶ", steps.get(0));
    assertTrue(amazon.get(KonbiniStore.DAILY_YAMAZAKI).isEmpty());
  }

  @Test
  void theTenderContradiction() {
    StoreProcedure lawson = StoreProcedures.amazonJapan().get(KonbiniStore.LAWSON).orElseThrow();
    Set<Tender> perStore = lawson.tenders(TenderPolicy.PER_STORE);            // cash, PayPay, d払い, Ponta
    Set<Tender> strict = lawson.tenders(TenderPolicy.CASH_ONLY_AT_TERMINALS); // cash only: Loppi is a terminal

    assertEquals(4, perStore.size());
    assertEquals(EnumSet.of(Tender.CASH), strict);
  }

  @Test
  void gatewaySchemes() {
    StoreProcedure famima = StoreProcedures.paymentGateways().get(KonbiniStore.FAMILYMART).orElseThrow();
    List<PaymentNumberKind> bring = famima.identifiers(); // [COMPANY_CODE, ORDER_NUMBER]: 5 + 12 digits

    assertEquals(List.of(PaymentNumberKind.COMPANY_CODE, PaymentNumberKind.ORDER_NUMBER), bring);
  }

  @Test
  void parsingAPastedNumber() {
    PaymentNumber slip = PaymentNumber.parse(PaymentNumberKind.PAYMENT_SLIP_NUMBER, "１２３４－５６７８－９０１２３");
    String full = slip.value();        // "1234567890123": sensitive, ask for it explicitly
    String shown = slip.toString();    // masked, safe for logs

    assertEquals("1234567890123", full);
    assertEquals("""
        payment slip number *********0123
        """, shown + "\n");
    assertEquals("払込票番号 *********0123", slip.display(Locale.JAPANESE));
  }

  @Test
  void aTypedProblemInsteadOfAnException() {
    PaymentNumberResult result = PaymentNumber.check(PaymentNumberKind.PAYMENT_NUMBER, "123-4567");
    Optional<PaymentNumberProblem> problem = result.problem();          // Optional[TOO_SHORT]
    String message = problem.orElseThrow().display(Locale.JAPANESE);    // "桁数が足りません。"

    assertEquals(Optional.of(PaymentNumberProblem.TOO_SHORT), problem);
    assertEquals("桁数が足りません。", message);
    PaymentNumberFormatException e = assertThrows(PaymentNumberFormatException.class,
        () -> PaymentNumber.parse(PaymentNumberKind.PAYMENT_NUMBER, "123-4567"));
    assertEquals("""
        Not a valid payment number: The number has too few digits. Expected 11 digits (full-width digits, spaces and dashes are accepted).
        """, e.getMessage() + "\n");
  }

  @Test
  void theCommandLineInEnglish() {
    assertEquals("""
        Seven-Eleven (Amazon Japan konbini payment)
          Pay at: register
          Bring: payment slip number (13 digits)
          Barcode instead of the number: yes
          Tenders: cash, nanaco
          Steps:
            1. At the register, say it is an "internet payment" (インターネット支払い).
            2. Show the barcode, or give the 13-digit number.
            3. Pay and keep the receipt.
        """, cli("konbini", "stores", "--store", "seven-eleven"));
  }

  @Test
  void theCommandLineInJapanese() {
    assertEquals("""
        ファミリーマート（決済代行会社のコンビニ決済）
          支払う場所: Famiポート（店内端末）
          必要な番号: 企業コード（5桁の数字）、注文番号（12桁の数字）
          番号の代わりにバーコード: 可
          支払い手段: 現金、FamiPay
          手順:
            1. Famiポートのトップ画面で「代金支払い」を選び、「番号入力」を選ぶ
            2. 企業コード（5桁）を入力する
            3. 注文番号（12桁）を入力し、内容を確認する
            4. 発券された申込券を30分以内にレジに持って行き、代金を支払う
            5. 領収書を受け取る
        """, cli("konbini", "stores", "--store", "familymart", "--scheme", "payment-gateway", "--lang", "ja"));
  }
}
