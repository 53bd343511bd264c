package io.github.kotowari.core.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.payment.PaymentMethod;
import java.util.Locale;
import java.util.Set;

/**
 * Who sells an order: Amazon itself, or a marketplace seller with the payment methods it accepts.
 *
 * <pre>{@code
 * Seller amazon = Seller.amazon();
 * Seller shop = Seller.marketplace("A1B2C3D4E5", "Kotowari Books",
 *     EnumSet.of(PaymentMethod.Kind.CREDIT_CARD, PaymentMethod.Kind.KONBINI));
 * shop.accepts(PaymentMethod.Kind.CASH_ON_DELIVERY);   // false
 * }</pre>
 *
 * <p>{@link #accepts(PaymentMethod.Kind)} answers only for the seller: Amazon itself accepts every
 * kind, but whether a method is offered for a particular order (its total, items, shipping) is
 * decided by the payment rules. Marketplace seller ids are public shop identifiers, not personal
 * data, so they are shown in full.
 *
 * <p>Implementations are records compared by their components; they are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Seller extends Displayable permits Seller.Amazon, Seller.Marketplace {

  /**
   * Returns Amazon itself as the seller.
   *
   * @return the seller
   */
  static Seller amazon() {
    return new Amazon();
  }

  /**
   * Returns a marketplace seller.
   *
   * @param id the seller's id, 1–64 characters, not blank, no control or invisible characters
   *     or unpaired surrogates
   * @param name the shop's name as shown to customers, 1–200 characters, same restrictions
   * @param acceptedPayments the kinds of payment the seller accepts, at least one
   * @return the seller
   * @throws IllegalArgumentException if a field is invalid; the message names the field
   */
  static Seller marketplace(String id, String name, Set<PaymentMethod.Kind> acceptedPayments) {
    return new Marketplace(id, name, acceptedPayments);
  }

  /**
   * Returns whether this seller accepts payments of {@code kind}.
   *
   * @param kind the kind of payment, not null
   * @return true if the seller accepts it
   */
  boolean accepts(PaymentMethod.Kind kind);

  /**
   * Returns whether the seller is Amazon itself.
   *
   * @return true for {@link Amazon}
   */
  default boolean isAmazon() {
    return this instanceof Amazon;
  }

  /**
   * Amazon itself (Amazon.co.jp) as the seller; accepts every kind of payment.
   *
   * @since 0.1.0
   */
  record Amazon() implements Seller {
    /**
     * Returns true: Amazon accepts every kind of payment as a seller.
     *
     * @param kind the kind of payment, not null
     * @return true
     */
    @Override
    public boolean accepts(PaymentMethod.Kind kind) {
      requireNonNull(kind, "kind");
      return true;
    }

    /**
     * Returns {@code Amazon.co.jp} in every language.
     *
     * @param locale the reader's locale, not null
     * @return {@code Amazon.co.jp}
     */
    @Override
    public String display(Locale locale) {
      requireNonNull(locale, "locale");
      return "Amazon.co.jp";
    }
  }

  /**
   * A marketplace seller (マーケットプレイス出品者) with the kinds of payment it accepts.
   *
   * @param id the seller's id, 1–64 characters, not blank, no control or invisible characters
   *     or unpaired surrogates
   * @param name the shop's name as shown to customers, 1–200 characters, same restrictions
   * @param acceptedPayments the kinds of payment the seller accepts, at least one; stored as an
   *     immutable copy
   * @since 0.1.0
   */
  record Marketplace(String id, String name, Set<PaymentMethod.Kind> acceptedPayments) implements Seller {

    /**
     * Validates and copies the fields.
     *
     * @param id the seller's id
     * @param name the shop's name
     * @param acceptedPayments the kinds of payment the seller accepts
     * @throws IllegalArgumentException if a field is invalid; the message names the field
     */
    public Marketplace {
      Texts.check(id, "seller.id", 64);
      Texts.check(name, "seller.name", 200);
      requireNonNull(acceptedPayments, "seller.acceptedPayments");
      acceptedPayments = Sets.immutableEnumSet(acceptedPayments);
      checkArgument(!acceptedPayments.isEmpty(), "seller.acceptedPayments must not be empty");
    }

    @Override
    public boolean accepts(PaymentMethod.Kind kind) {
      return acceptedPayments.contains(requireNonNull(kind, "kind"));
    }

    /**
     * Returns the shop's name, in every language.
     *
     * @param locale the reader's locale, not null
     * @return the name
     */
    @Override
    public String display(Locale locale) {
      requireNonNull(locale, "locale");
      return name;
    }
  }
}
