package io.github.kotowari.testkit;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.konbini.store.KonbiniStore;
import io.github.kotowari.konbini.store.PaymentNumber;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import io.github.kotowari.konbini.store.StoreProcedure;
import io.github.kotowari.konbini.store.StoreProcedures;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for konbini stores and the numbers customers bring to them.
 *
 * <pre>{@code
 * @Property
 * void pastedNumbersParse(@ForAll("pasted") Pasted pasted) {
 *   assertEquals(pasted.number(), PaymentNumber.parse(pasted.number().kind(), pasted.text()));
 * }
 *
 * @Provide
 * Arbitrary<KonbiniArbitraries.Pasted> pasted() { return KonbiniArbitraries.pastedPaymentNumbers(); }
 * }</pre>
 *
 * <p>Numbers shrink towards all zeros at the kind's shortest length; pasted texts shrink towards the
 * plain digits.
 *
 * @since 0.1.0
 */
public final class KonbiniArbitraries {
  private KonbiniArbitraries() {}

  /** Full-width digits ０ to ９, in order. */
  private static final String FULL_WIDTH = "０１２３４５６７８９";

  /** Separators people type or paste between groups of digits: dashes, spaces, zero-width. */
  private static final List<String> SEPARATORS = List.of(
      "-", "\u2010", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u30FC", "\uFF0D",
      " ", "\u3000", "\u200B", "\uFEFF");

  /**
   * A payment number together with one way a customer may have written it.
   *
   * @param number the number the text must parse to
   * @param text the text as pasted: with full-width digits, dashes, spaces or zero-width characters
   */
  public record Pasted(PaymentNumber number, String text) {
    /**
     * Keeps the number masked when a failing property prints the sample.
     *
     * @return the kind, the masked number and the length of the text
     */
    @Override
    public String toString() {
      return "Pasted[" + number + ", " + text.length() + " chars]";
    }
  }

  /**
   * Returns every konbini store known to the library.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<KonbiniStore> stores() {
    return Arbitraries.of(KonbiniStore.class);
  }

  /**
   * Returns the store procedures of the Amazon Japan guide and of the public payment gateways.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<StoreProcedure> storeProcedures() {
    return Arbitraries.of(ImmutableList.<StoreProcedure>builder()
        .addAll(StoreProcedures.amazonJapan().procedures())
        .addAll(StoreProcedures.paymentGateways().procedures())
        .build());
  }

  /**
   * Returns the kinds of payment number.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PaymentNumberKind> paymentNumberKinds() {
    return Arbitraries.of(PaymentNumberKind.class);
  }

  /**
   * Returns well-formed payment numbers of every kind, in ASCII digits, of every accepted length.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<PaymentNumber> paymentNumbers() {
    return paymentNumberKinds().flatMap(KonbiniArbitraries::paymentNumbers);
  }

  /**
   * Returns well-formed payment numbers of {@code kind}.
   *
   * @param kind the kind, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<PaymentNumber> paymentNumbers(PaymentNumberKind kind) {
    return Arbitraries.strings().numeric().ofMinLength(kind.minDigits()).ofMaxLength(kind.maxDigits())
        .map(digits -> PaymentNumber.parse(kind, digits));
  }

  /**
   * Returns the numbers a procedure asks the customer for, in the procedure's order, as one list.
   *
   * @param procedure the store procedure, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<List<PaymentNumber>> paymentNumbersFor(StoreProcedure procedure) {
    List<Arbitrary<PaymentNumber>> parts = procedure.identifiers().stream()
        .map(KonbiniArbitraries::paymentNumbers).toList();
    return Combinators.combine(parts).as(list -> list);
  }

  /**
   * Returns payment numbers as customers paste them: each digit possibly full-width, separators
   * (every dash variant, ASCII and ideographic spaces, zero-width characters) possibly between
   * digits and around the number. Every text parses to its number.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Pasted> pastedPaymentNumbers() {
    return paymentNumbers().flatMap(number -> {
      String digits = number.value();
      Arbitrary<List<Boolean>> fullWidth = Arbitraries.of(false, true).list().ofSize(digits.length());
      Arbitrary<List<String>> gaps = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(SEPARATORS))
          .list().ofSize(digits.length() + 1);
      return Combinators.combine(fullWidth, gaps).as((wide, sep) -> {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
          text.append(sep.get(i));
          char d = digits.charAt(i);
          text.append(wide.get(i) ? FULL_WIDTH.charAt(d - '0') : d);
        }
        text.append(sep.get(digits.length()));
        return new Pasted(number, text.toString());
      });
    });
  }
}
