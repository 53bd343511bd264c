package io.github.kotowari.konbini.store;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import io.github.kotowari.core.Displayable;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number a customer brings to a convenience store to pay an order, such as Seven-Eleven's 13-digit
 * payment slip number {@code 1234567890123}, validated for its {@link PaymentNumberKind}.
 *
 * <pre>{@code
 * PaymentNumber slip = PaymentNumber.parse(PaymentNumberKind.PAYMENT_SLIP_NUMBER, "１２３４-５６７８-９０１２３");
 * slip.value();      // "1234567890123"
 * slip.toString();   // "payment slip number *********0123"
 * PaymentNumber.check(PaymentNumberKind.PAYMENT_SLIP_NUMBER, "12345").problem();  // Optional[TOO_SHORT]
 * }</pre>
 *
 * <p><b>Input.</b> Text is taken as people paste it from mails and web pages. Before anything else, an
 * input longer than {@link #MAX_INPUT_LENGTH} characters is rejected in constant time
 * ({@link PaymentNumberProblem#INPUT_TOO_LONG}); the rest is one linear pass without regular
 * expressions. ASCII and full-width digits ({@code ０-９}) are digits. Ignored, wherever they are: spaces
 * (ASCII, tab, line breaks, no-break, ideographic {@code U+3000} and the other Unicode spaces), every dash and hyphen
 * variant ({@code - ‐ ‑ ‒ – — ― − － ﹣ ﹘ ⁃ ー ｰ ─ ゠}, soft hyphen) and zero-width characters
 * ({@code U+200B-U+200D}, {@code U+2060}, {@code U+FEFF}). Rejected: bidirectional-formatting
 * characters (they can make a number read in another order than it is stored), every other control,
 * letter or symbol, unpaired surrogates ({@link PaymentNumberProblem#BAD_CHARACTER}) and digits of
 * other scripts ({@link PaymentNumberProblem#UNSUPPORTED_DIGIT}).
 *
 * <p><b>Validation</b> checks the number of digits against the kind. No check digit is known for any
 * konbini payment number, so none is checked: a well-formed number may still be unknown to the store.
 *
 * <p><b>Sensitivity.</b> A payment number lets anyone pay, or phish, a person's order. {@link #toString()}
 * and {@link #display(Locale)} mask it, showing at most the last four digits and never more than half
 * of them (a 4-digit confirmation number shows two); {@link #value()} and {@link #formatted()} are
 * the explicit accessors of the full number. Exception messages never contain the input.
 *
 * <p><b>Equality</b> is on the kind and the normalized digits: the same digits pasted with full-width
 * characters or dashes give equal numbers; the same digits as two kinds do not. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PaymentNumber implements Displayable {

  /**
   * The longest text {@link #parse} and {@link #check} look at, in UTF-16 characters: three times the
   * longest number with a separator between every digit and room to spare. Longer input is rejected
   * before it is read, which bounds the work on hostile input.
   */
  public static final int MAX_INPUT_LENGTH = 64;

  /** Dashes, hyphens and look-alikes people type or paste between groups of digits. */
  private static final CharMatcher DASHES = CharMatcher.anyOf(
      "-\u00AD\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2500\u30A0\u30FC\uFE58\uFE63\uFF0D\uFF70");

  /** Spaces and line breaks, including the ideographic space of Japanese input methods. */
  private static final CharMatcher SPACES = CharMatcher.anyOf(" \t\n\r\u00A0\u3000\u202F\u205F")
      .or(CharMatcher.inRange('\u2000', '\u200A'));

  /** Invisible characters that ride along when text is copied from web pages and chat apps. */
  private static final CharMatcher ZERO_WIDTH = CharMatcher.anyOf("\u200B\u200C\u200D\u2060\uFEFF");

  /** Everything a parse skips. */
  private static final CharMatcher IGNORED = DASHES.or(SPACES).or(ZERO_WIDTH).precomputed();

  private final PaymentNumberKind kind;
  private final String digits;

  private PaymentNumber(PaymentNumberKind kind, String digits) {
    this.kind = kind;
    this.digits = digits;
  }

  /**
   * Parses a payment number of {@code kind} from text as people paste it.
   *
   * @param kind the kind of number expected, not null
   * @param text the text, not null; see the class description for what is accepted
   * @return the number, never null
   * @throws PaymentNumberFormatException if the text is not a number of {@code kind}; its
   *     {@link PaymentNumberFormatException#problem()} says why, its message never contains the text
   */
  public static PaymentNumber parse(PaymentNumberKind kind, CharSequence text) {
    return check(kind, text).orElseThrow();
  }

  /**
   * Checks text as {@link #parse(PaymentNumberKind, CharSequence)} does, without throwing for bad
   * text: {@code check(kind, text).orElseThrow()} is equivalent to {@code parse(kind, text)}.
   *
   * @param kind the kind of number expected, not null
   * @param text the text, not null
   * @return the number or the problem, never null
   */
  public static PaymentNumberResult check(PaymentNumberKind kind, CharSequence text) {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    int length = text.length();
    if (length > MAX_INPUT_LENGTH) {
      return PaymentNumberResult.invalid(kind, PaymentNumberProblem.INPUT_TOO_LONG);
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        out.append((char) (c - '\uFF10' + '0'));
      } else if (IGNORED.matches(c)) {
        continue;
      } else {
        int codePoint = c;
        if (Character.isHighSurrogate(c) && i + 1 < length) {
          char next = text.charAt(i + 1); // read once: every character is read at most once
          if (Character.isLowSurrogate(next)) {
            codePoint = Character.toCodePoint(c, next);
          }
        }
        return PaymentNumberResult.invalid(kind, Character.isDigit(codePoint)
            ? PaymentNumberProblem.UNSUPPORTED_DIGIT : PaymentNumberProblem.BAD_CHARACTER);
      }
    }
    if (out.length() == 0) {
      return PaymentNumberResult.invalid(kind, PaymentNumberProblem.EMPTY);
    }
    if (out.length() < kind.minDigits()) {
      return PaymentNumberResult.invalid(kind, PaymentNumberProblem.TOO_SHORT);
    }
    if (out.length() > kind.maxDigits()) {
      return PaymentNumberResult.invalid(kind, PaymentNumberProblem.TOO_LONG);
    }
    return PaymentNumberResult.valid(new PaymentNumber(kind, out.toString()));
  }

  /**
   * Returns whether {@code text} parses as a number of {@code kind}.
   *
   * @param kind the kind of number expected, not null
   * @param text the text, not null
   * @return {@code check(kind, text).isValid()}
   */
  public static boolean isValid(PaymentNumberKind kind, CharSequence text) {
    return check(kind, text).isValid();
  }

  /**
   * Returns the kind of this number.
   *
   * @return the kind
   */
  public PaymentNumberKind kind() {
    return kind;
  }

  /**
   * Returns the full number as ASCII digits, such as {@code 1234567890123}. <b>Sensitive:</b> do not
   * log it.
   *
   * @return the digits, unmasked
   */
  public String value() {
    return digits;
  }

  /**
   * Returns the full number in groups of four digits joined by {@code -}, such as
   * {@code 1234-5678-9012-3}, which is easier to read out at a register and parses back to an equal
   * number. <b>Sensitive:</b> do not log it.
   *
   * @return the grouped digits, unmasked
   */
  public String formatted() {
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 4);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /**
   * Returns the number masked: every digit replaced by {@code *} except the last four, and never more
   * than half of the digits shown, such as {@code *********0123} or {@code **34}.
   *
   * @return the masked number, as long as the number
   */
  public String masked() {
    int shown = Math.min(4, digits.length() / 2);
    return "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
  }

  /**
   * Returns the kind and the masked number in {@code locale}'s language, such as
   * {@code 払込票番号 *********0123}.
   *
   * @param locale the reader's locale
   * @return the masked display text
   */
  @Override
  public String display(Locale locale) {
    return kind.display(locale) + " " + masked();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PaymentNumber that && kind == that.kind && digits.equals(that.digits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind.ordinal(), digits);
  }

  /**
   * Returns the kind in English and the masked number, such as
   * {@code payment slip number *********0123}. Never the full number.
   *
   * @return the masked description
   */
  @Override
  public String toString() {
    return display(Locale.ENGLISH);
  }
}
