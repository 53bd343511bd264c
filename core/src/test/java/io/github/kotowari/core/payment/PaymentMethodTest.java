package io.github.kotowari.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.kotowari.core.payment.PaymentMethod.CarrierBilling.Carrier;
import io.github.kotowari.core.payment.PaymentMethod.Kind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaymentMethodTest {

  /** The methods the issue and the konbini guide name, as written there (ja), one per kind. */
  @Test
  void coversEveryMethodTheGuidesName() {
    assertEquals("クレジットカード", Kind.CREDIT_CARD.display(Locale.JAPANESE));
    assertEquals("デビットカード", Kind.DEBIT_CARD.display(Locale.JAPANESE));
    assertEquals("コンビニ払い", Kind.KONBINI.display(Locale.JAPANESE));
    assertEquals("ATM払い", Kind.ATM.display(Locale.JAPANESE));
    assertEquals("ネットバンキング払い", Kind.NET_BANKING.display(Locale.JAPANESE));
    assertEquals("電子マネー払い", Kind.E_MONEY.display(Locale.JAPANESE));
    assertEquals("Amazonギフトカード残高", Kind.GIFT_CARD_BALANCE.display(Locale.JAPANESE));
    assertEquals("Amazonポイント", Kind.AMAZON_POINTS.display(Locale.JAPANESE));
    assertEquals("PayPay", Kind.PAYPAY.display(Locale.JAPANESE));
    assertEquals("あと払い", Kind.PAY_LATER.display(Locale.JAPANESE));
    assertEquals("代金引換", Kind.CASH_ON_DELIVERY.display(Locale.JAPANESE));
    assertEquals("携帯決済", Kind.CARRIER_BILLING.display(Locale.JAPANESE));
    assertEquals(12, Kind.values().length);
  }

  @Test
  void allListsEveryValueOnceInKindOrder() {
    assertEquals(Kind.values().length - 1 + Carrier.values().length, PaymentMethod.all().size());
    assertEquals(PaymentMethod.all().size(), new HashSet<>(PaymentMethod.all()).size());
    Set<Kind> seen = EnumSet.noneOf(Kind.class);
    Kind previous = Kind.values()[0];
    for (PaymentMethod method : PaymentMethod.all()) {
      assertTrue(method.kind().compareTo(previous) >= 0, "in kind order");
      previous = method.kind();
      seen.add(method.kind());
    }
    assertEquals(EnumSet.allOf(Kind.class), seen);
    for (Carrier carrier : Carrier.values()) {
      assertTrue(PaymentMethod.all().contains(PaymentMethod.carrierBilling(carrier)));
    }
  }

  @Test
  void everyMethodHasDistinctNamesInBothLanguages() {
    Set<String> japanese = new HashSet<>();
    Set<String> english = new HashSet<>();
    for (PaymentMethod method : PaymentMethod.all()) {
      String ja = method.display(Locale.JAPANESE);
      String en = method.display(Locale.ENGLISH);
      assertFalse(ja.isBlank() || en.isBlank(), method::toString);
      // brand names (PayPay) are the same in both languages; every other name is translated
      assertEquals(method.kind() == Kind.PAYPAY, ja.equals(en), method::toString);
      assertTrue(japanese.add(ja), ja);
      assertTrue(english.add(en), en);
      assertEquals(en, method.display(Locale.GERMANY));
      assertEquals(ja, method.display(Locale.JAPAN));
    }
    assertEquals("携帯決済（ドコモ払い）", PaymentMethod.carrierBilling(Carrier.DOCOMO).display(Locale.JAPANESE));
    assertEquals("Carrier billing (au Easy Payment)", PaymentMethod.carrierBilling(Carrier.AU).display(Locale.ENGLISH));
  }

  @Test
  void payAtStoreGroupIsAmazonsCombinedOption() {
    // "コンビニ・ATM・ネットバンキング・電子マネー払い"
    assertEquals(ImmutableSet.of(Kind.KONBINI, Kind.ATM, Kind.NET_BANKING, Kind.E_MONEY), Kind.payAtStoreGroup());
  }

  @Test
  void factoriesMatchTheirKind() {
    assertEquals(Kind.CREDIT_CARD, PaymentMethod.creditCard().kind());
    assertEquals(Kind.DEBIT_CARD, PaymentMethod.debitCard().kind());
    assertEquals(Kind.KONBINI, PaymentMethod.konbini().kind());
    assertEquals(Kind.ATM, PaymentMethod.atm().kind());
    assertEquals(Kind.NET_BANKING, PaymentMethod.netBanking().kind());
    assertEquals(Kind.E_MONEY, PaymentMethod.electronicMoney().kind());
    assertEquals(Kind.GIFT_CARD_BALANCE, PaymentMethod.giftCardBalance().kind());
    assertEquals(Kind.AMAZON_POINTS, PaymentMethod.amazonPoints().kind());
    assertEquals(Kind.PAYPAY, PaymentMethod.payPay().kind());
    assertEquals(Kind.PAY_LATER, PaymentMethod.payLater().kind());
    assertEquals(Kind.CASH_ON_DELIVERY, PaymentMethod.cashOnDelivery().kind());
    assertEquals(Kind.CARRIER_BILLING, PaymentMethod.carrierBilling(Carrier.SOFTBANK).kind());
    assertThrows(NullPointerException.class, () -> new PaymentMethod.CarrierBilling(null));
  }

  @Test
  void equality() {
    EqualsTester tester = new EqualsTester();
    for (PaymentMethod method : PaymentMethod.all()) {
      PaymentMethod same = method instanceof PaymentMethod.CarrierBilling
          ? new PaymentMethod.CarrierBilling(((PaymentMethod.CarrierBilling) method).carrier())
          : sameKind(method.kind());
      tester.addEqualityGroup(method, same);
    }
    tester.testEquals();
  }

  private static PaymentMethod sameKind(Kind kind) {
    switch (kind) {
      case CREDIT_CARD: return new PaymentMethod.CreditCard();
      case DEBIT_CARD: return new PaymentMethod.DebitCard();
      case KONBINI: return new PaymentMethod.Konbini();
      case ATM: return new PaymentMethod.Atm();
      case NET_BANKING: return new PaymentMethod.NetBanking();
      case E_MONEY: return new PaymentMethod.ElectronicMoney();
      case GIFT_CARD_BALANCE: return new PaymentMethod.GiftCardBalance();
      case AMAZON_POINTS: return new PaymentMethod.AmazonPoints();
      case PAYPAY: return new PaymentMethod.PayPay();
      case PAY_LATER: return new PaymentMethod.PayLater();
      case CASH_ON_DELIVERY: return new PaymentMethod.CashOnDelivery();
      default: throw new AssertionError(kind);
    }
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Carrier.class, Carrier.AU);
    tester.testAllPublicStaticMethods(PaymentMethod.class);
    tester.testAllPublicStaticMethods(Kind.class);
    for (PaymentMethod method : PaymentMethod.all()) {
      tester.testAllPublicInstanceMethods(method);
    }
    for (Kind kind : Kind.values()) {
      tester.testAllPublicInstanceMethods(kind);
    }
    tester.testAllPublicConstructors(PaymentMethod.CarrierBilling.class);
  }
}
