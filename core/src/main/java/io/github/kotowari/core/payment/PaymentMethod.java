package io.github.kotowari.core.payment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;

/**
 * A way to pay for an order, such as a credit card, konbini payment or cash on delivery.
 *
 * <pre>{@code
 * PaymentMethod method = PaymentMethod.konbini();
 * method.kind();                         // Kind.KONBINI
 * method.display(Locale.JAPANESE);       // "コンビニ払い"
 * for (PaymentMethod m : PaymentMethod.all()) { ... }   // every method, in Kind order
 * }</pre>
 *
 * <p>The hierarchy is sealed: every method is one of the nested records, and each record has one
 * {@link Kind}. Java 17 has no pattern-matching {@code switch}, so code that needs to branch on the
 * method switches on {@link #kind()} (an enum, checked for exhaustiveness by tools) or uses
 * {@code instanceof} on the record types. {@link #all()} lists every method value, so a rule module
 * can compute the availability of each one.
 *
 * <p>Amazon's checkout groups konbini, ATM, net banking and e-money under one option,
 * "コンビニ・ATM・ネットバンキング・電子マネー払い"; Kotowari keeps them as four kinds because their
 * availability and refund paths can differ, and {@link Kind#payAtStoreGroup()} returns the group.
 *
 * <p>This package defines the types only; which method is allowed for which order is decided by
 * rules in the modules that know the payment ({@code konbini} for konbini payment). Records compare
 * by their components; methods without components are equal to every other instance of their
 * record. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PaymentMethod extends Displayable
    permits PaymentMethod.CreditCard, PaymentMethod.DebitCard, PaymentMethod.Konbini, PaymentMethod.Atm,
        PaymentMethod.NetBanking, PaymentMethod.ElectronicMoney, PaymentMethod.GiftCardBalance,
        PaymentMethod.AmazonPoints, PaymentMethod.PayPay, PaymentMethod.PayLater,
        PaymentMethod.CashOnDelivery, PaymentMethod.CarrierBilling {

  /**
   * The kind of a payment method, one per record of the hierarchy, with its Japanese and English
   * name.
   *
   * @since 0.1.0
   */
  enum Kind implements Displayable {
    /** Credit card (クレジットカード): charged when the order ships; instalments possible. */
    CREDIT_CARD("クレジットカード", "Credit card"),
    /** Debit card (デビットカード): drawn from the bank account at once. */
    DEBIT_CARD("デビットカード", "Debit card"),
    /**
     * Konbini payment (コンビニ払い): the customer receives a payment number and pays in cash (or a
     * store's own tenders) at a convenience store before a deadline.
     */
    KONBINI("コンビニ払い", "Convenience store (konbini) payment"),
    /** ATM payment (ATM払い) through Pay-easy, with a payment number, before a deadline. */
    ATM("ATM払い", "ATM payment"),
    /** Net banking (ネットバンキング払い) through Pay-easy, before a deadline. */
    NET_BANKING("ネットバンキング払い", "Net banking"),
    /** E-money (電子マネー払い), prepaid, paid online before a deadline. */
    E_MONEY("電子マネー払い", "E-money"),
    /** The balance of Amazon gift cards on the account (Amazonギフトカード残高). */
    GIFT_CARD_BALANCE("Amazonギフトカード残高", "Amazon gift card balance"),
    /** Amazon points on the account (Amazonポイント). */
    AMAZON_POINTS("Amazonポイント", "Amazon points"),
    /** PayPay, the mobile payment service (PayPay残高等). */
    PAYPAY("PayPay", "PayPay"),
    /** Pay later (あと払い): billed after delivery, subject to screening, possibly with a fee. */
    PAY_LATER("あと払い", "Pay later"),
    /** Cash on delivery (代金引換): paid to the driver, usually with a fee. */
    CASH_ON_DELIVERY("代金引換", "Cash on delivery"),
    /** Carrier billing (携帯決済): added to the mobile phone bill. */
    CARRIER_BILLING("携帯決済", "Carrier billing");

    private static final ImmutableSet<Kind> PAY_AT_STORE_GROUP =
        Sets.immutableEnumSet(KONBINI, ATM, NET_BANKING, E_MONEY);

    private final String japanese;
    private final String english;

    Kind(String japanese, String english) {
      this.japanese = japanese;
      this.english = english;
    }

    /**
     * Returns the kinds Amazon offers together as "コンビニ・ATM・ネットバンキング・電子マネー払い":
     * {@link #KONBINI}, {@link #ATM}, {@link #NET_BANKING} and {@link #E_MONEY}. They share a
     * payment number and a deadline.
     *
     * @return the four kinds, in declaration order
     */
    public static ImmutableSet<Kind> payAtStoreGroup() {
      return PAY_AT_STORE_GROUP;
    }

    /**
     * Returns the name of this kind in {@code locale}'s language.
     *
     * @param locale the reader's locale, not null
     * @return the Japanese name for {@code ja}, the English name otherwise
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE ? japanese : english;
    }
  }

  /**
   * Returns the kind of this method.
   *
   * @return the kind, never null
   */
  Kind kind();

  /**
   * Returns the name of this method in {@code locale}'s language; by default the name of its
   * {@link #kind()}.
   *
   * @param locale the reader's locale, not null
   * @return the name
   */
  @Override
  default String display(Locale locale) {
    return kind().display(locale);
  }

  /**
   * Returns every payment method value: one per kind, and one per carrier for
   * {@link CarrierBilling}, in {@link Kind} order.
   *
   * @return every method, never null
   */
  static ImmutableList<PaymentMethod> all() {
    return All.METHODS;
  }

  /**
   * Returns the credit card method.
   *
   * @return the method
   */
  static CreditCard creditCard() {
    return new CreditCard();
  }

  /**
   * Returns the debit card method.
   *
   * @return the method
   */
  static DebitCard debitCard() {
    return new DebitCard();
  }

  /**
   * Returns the konbini payment method.
   *
   * @return the method
   */
  static Konbini konbini() {
    return new Konbini();
  }

  /**
   * Returns the ATM (Pay-easy) method.
   *
   * @return the method
   */
  static Atm atm() {
    return new Atm();
  }

  /**
   * Returns the net banking method.
   *
   * @return the method
   */
  static NetBanking netBanking() {
    return new NetBanking();
  }

  /**
   * Returns the e-money method.
   *
   * @return the method
   */
  static ElectronicMoney electronicMoney() {
    return new ElectronicMoney();
  }

  /**
   * Returns the Amazon gift card balance method.
   *
   * @return the method
   */
  static GiftCardBalance giftCardBalance() {
    return new GiftCardBalance();
  }

  /**
   * Returns the Amazon points method.
   *
   * @return the method
   */
  static AmazonPoints amazonPoints() {
    return new AmazonPoints();
  }

  /**
   * Returns the PayPay method.
   *
   * @return the method
   */
  static PayPay payPay() {
    return new PayPay();
  }

  /**
   * Returns the pay-later method.
   *
   * @return the method
   */
  static PayLater payLater() {
    return new PayLater();
  }

  /**
   * Returns the cash-on-delivery method.
   *
   * @return the method
   */
  static CashOnDelivery cashOnDelivery() {
    return new CashOnDelivery();
  }

  /**
   * Returns carrier billing through {@code carrier}.
   *
   * @param carrier the mobile carrier, not null
   * @return the method
   */
  static CarrierBilling carrierBilling(CarrierBilling.Carrier carrier) {
    return new CarrierBilling(carrier);
  }

  /**
   * Credit card (クレジットカード).
   *
   * @since 0.1.0
   */
  record CreditCard() implements PaymentMethod {
    /** Returns {@link Kind#CREDIT_CARD}. */
    @Override
    public Kind kind() {
      return Kind.CREDIT_CARD;
    }
  }

  /**
   * Debit card (デビットカード).
   *
   * @since 0.1.0
   */
  record DebitCard() implements PaymentMethod {
    /** Returns {@link Kind#DEBIT_CARD}. */
    @Override
    public Kind kind() {
      return Kind.DEBIT_CARD;
    }
  }

  /**
   * Konbini payment (コンビニ払い). The payment number works at any participating store, so the
   * store is not part of the method; the {@code konbini} module models the stores.
   *
   * @since 0.1.0
   */
  record Konbini() implements PaymentMethod {
    /** Returns {@link Kind#KONBINI}. */
    @Override
    public Kind kind() {
      return Kind.KONBINI;
    }
  }

  /**
   * ATM payment through Pay-easy (ATM払い).
   *
   * @since 0.1.0
   */
  record Atm() implements PaymentMethod {
    /** Returns {@link Kind#ATM}. */
    @Override
    public Kind kind() {
      return Kind.ATM;
    }
  }

  /**
   * Net banking (ネットバンキング払い).
   *
   * @since 0.1.0
   */
  record NetBanking() implements PaymentMethod {
    /** Returns {@link Kind#NET_BANKING}. */
    @Override
    public Kind kind() {
      return Kind.NET_BANKING;
    }
  }

  /**
   * E-money (電子マネー払い).
   *
   * @since 0.1.0
   */
  record ElectronicMoney() implements PaymentMethod {
    /** Returns {@link Kind#E_MONEY}. */
    @Override
    public Kind kind() {
      return Kind.E_MONEY;
    }
  }

  /**
   * Amazon gift card balance (Amazonギフトカード残高). It is also where konbini payments are refunded.
   *
   * @since 0.1.0
   */
  record GiftCardBalance() implements PaymentMethod {
    /** Returns {@link Kind#GIFT_CARD_BALANCE}. */
    @Override
    public Kind kind() {
      return Kind.GIFT_CARD_BALANCE;
    }
  }

  /**
   * Amazon points (Amazonポイント).
   *
   * @since 0.1.0
   */
  record AmazonPoints() implements PaymentMethod {
    /** Returns {@link Kind#AMAZON_POINTS}. */
    @Override
    public Kind kind() {
      return Kind.AMAZON_POINTS;
    }
  }

  /**
   * PayPay.
   *
   * @since 0.1.0
   */
  record PayPay() implements PaymentMethod {
    /** Returns {@link Kind#PAYPAY}. */
    @Override
    public Kind kind() {
      return Kind.PAYPAY;
    }
  }

  /**
   * Pay later (あと払い).
   *
   * @since 0.1.0
   */
  record PayLater() implements PaymentMethod {
    /** Returns {@link Kind#PAY_LATER}. */
    @Override
    public Kind kind() {
      return Kind.PAY_LATER;
    }
  }

  /**
   * Cash on delivery (代金引換).
   *
   * @since 0.1.0
   */
  record CashOnDelivery() implements PaymentMethod {
    /** Returns {@link Kind#CASH_ON_DELIVERY}. */
    @Override
    public Kind kind() {
      return Kind.CASH_ON_DELIVERY;
    }
  }

  /**
   * Carrier billing (携帯決済) through one mobile carrier.
   *
   * @param carrier the carrier whose phone bill is charged, not null
   * @since 0.1.0
   */
  record CarrierBilling(Carrier carrier) implements PaymentMethod {

    /**
     * The mobile carriers whose billing services Japanese shops offer.
     *
     * @since 0.1.0
     */
    public enum Carrier implements Displayable {
      /** NTT docomo (d払い / ドコモ払い). */
      DOCOMO("ドコモ払い", "docomo billing"),
      /** au / UQ mobile (auかんたん決済). */
      AU("auかんたん決済", "au Easy Payment"),
      /** SoftBank / Y!mobile (ソフトバンクまとめて支払い). */
      SOFTBANK("ソフトバンクまとめて支払い", "SoftBank carrier billing");

      private final String japanese;
      private final String english;

      Carrier(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
      }

      /**
       * Returns the name of the carrier's billing service in {@code locale}'s language.
       *
       * @param locale the reader's locale, not null
       * @return the name
       */
      @Override
      public String display(Locale locale) {
        return Language.of(locale) == Language.JAPANESE ? japanese : english;
      }
    }

    /**
     * Checks the carrier.
     *
     * @param carrier the carrier, not null
     */
    public CarrierBilling {
      requireNonNull(carrier, "carrier");
    }

    /** Returns {@link Kind#CARRIER_BILLING}. */
    @Override
    public Kind kind() {
      return Kind.CARRIER_BILLING;
    }

    /**
     * Returns the kind's name with the carrier's service, such as
     * {@code 携帯決済（ドコモ払い）} or {@code Carrier billing (docomo billing)}.
     *
     * @param locale the reader's locale, not null
     * @return the name
     */
    @Override
    public String display(Locale locale) {
      return Language.of(locale) == Language.JAPANESE
          ? kind().display(locale) + "（" + carrier.display(locale) + "）"
          : kind().display(locale) + " (" + carrier.display(locale) + ")";
    }
  }
}
