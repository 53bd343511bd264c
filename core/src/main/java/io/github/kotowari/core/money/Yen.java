package io.github.kotowari.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.kotowari.core.Displayable;
import io.github.kotowari.core.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An amount of Japanese yen in whole yen, such as {@code ¥300,000}.
 *
 * <pre>{@code
 * Yen price = Yen.ofPrice(1_980);
 * Yen total = price.times(3).plus(Yen.of(500));      // ¥6,440
 * total.format(Locale.JAPANESE);                      // "6,440円"
 * total.format(Locale.ENGLISH);                       // "¥6,440"
 * Yen typed = Yen.parse("３０万円");                    // ¥300,000
 * }</pre>
 *
 * <p><b>Range.</b> The amount is a {@code long} from {@link #MIN_VALUE} ({@code -Long.MAX_VALUE})
 * to {@link #MAX_VALUE} ({@code Long.MAX_VALUE}). The range is symmetric so that
 * {@link #negated()} and {@link #abs()} never overflow; {@code Long.MIN_VALUE} is not a yen amount.
 * The yen has no minor unit in practice (sen are not used in retail), so there is no fractional
 * part and nothing is ever rounded.
 *
 * <p><b>Arithmetic</b> is exact: {@link #plus}, {@link #minus}, {@link #times}, {@link #sum} throw
 * {@link ArithmeticException} when the exact result is outside the range, never wrap around.
 *
 * <p><b>Sign.</b> Negative amounts exist (a difference, a refund, a discount line), but a price is
 * never negative: factories and builders that take a price call {@link #ofPrice(long)} or
 * {@link #requireNonNegative(String)}, which reject negative amounts with a message naming the
 * field.
 *
 * <p><b>Text.</b> {@link #format(Locale)} writes {@code ¥300,000} for English readers and
 * {@code 300,000円} for Japanese readers; the locale is always explicit, the JVM default is never
 * read. {@link #parse(CharSequence)} reads what people type: ASCII or full-width digits and commas,
 * a leading {@code ¥}/{@code ￥} or a trailing {@code 円}, the units 万 (10⁴), 億 (10⁸) and 兆
 * (10¹²) as in {@code 30万円} or {@code 1億2000万円}, and surrounding ASCII or ideographic spaces
 * and line breaks.
 * Kanji numerals (三十), 千 and 百 are not read. Everything else is a {@link YenFormatException}
 * with a {@link YenFormatException.Problem}; {@link #tryParse(CharSequence)} returns the same answer
 * without throwing. {@link #toString()} is the English format and reads back with
 * {@link #parseSigned(CharSequence)}.
 *
 * <p>Two amounts are equal when their numbers of yen are equal; the ordering is numeric. This class
 * is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Yen implements Comparable<Yen>, Displayable {

  /** The largest amount: {@code Long.MAX_VALUE} yen. */
  public static final Yen MAX_VALUE = new Yen(Long.MAX_VALUE);

  /** The smallest amount: {@code -Long.MAX_VALUE} yen (the range is symmetric). */
  public static final Yen MIN_VALUE = new Yen(-Long.MAX_VALUE);

  /** Zero yen. */
  public static final Yen ZERO = new Yen(0);

  /**
   * The longest text {@link #parse(CharSequence)} reads, in UTF-16 code units: 64. A longer input
   * is rejected as {@link YenFormatException.Problem#TOO_LONG} before it is scanned, so a hostile
   * multi-megabyte string costs nothing. The largest amount written in full with commas and a yen
   * sign, {@code ¥9,223,372,036,854,775,807}, is 26 characters.
   */
  public static final int MAX_INPUT_LENGTH = 64;

  private final long amount;

  private Yen(long amount) {
    this.amount = amount;
  }

  /**
   * Returns the amount of {@code yen}, which may be negative.
   *
   * @param yen the number of yen, from {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
   * @return the amount
   * @throws ArithmeticException if {@code yen} is {@code Long.MIN_VALUE}
   */
  public static Yen of(long yen) {
    if (yen == 0) {
      return ZERO;
    }
    if (yen == Long.MIN_VALUE) {
      throw new ArithmeticException("Long.MIN_VALUE is outside the yen range [-Long.MAX_VALUE, Long.MAX_VALUE]");
    }
    return new Yen(yen);
  }

  /**
   * Returns the price of {@code yen}: like {@link #of(long)}, but a negative amount is rejected.
   *
   * @param yen the price in yen, zero or more
   * @return the amount
   * @throws IllegalArgumentException if {@code yen} is negative
   */
  public static Yen ofPrice(long yen) {
    checkArgument(yen >= 0, "a price must not be negative, was %s yen", yen);
    return of(yen);
  }

  /**
   * Returns the sum of {@code amounts}, or {@link #ZERO} when there are none.
   *
   * @param amounts the amounts, not null and without null elements
   * @return the exact sum
   * @throws ArithmeticException if the sum, or any partial sum, is outside the range
   */
  public static Yen sum(Iterable<Yen> amounts) {
    long total = 0;
    for (Yen amount : amounts) {
      total = addInRange(total, requireNonNull(amount, "amount").amount);
    }
    return of(total);
  }

  /**
   * Adds two amounts of the yen range; a result of {@code Long.MIN_VALUE}, which {@link Math#addExact}
   * lets through, is outside the range too, so a partial sum cannot pass through it.
   */
  private static long addInRange(long a, long b) {
    long sum = Math.addExact(a, b);
    if (sum == Long.MIN_VALUE) {
      throw new ArithmeticException("a partial sum is outside the yen range [-Long.MAX_VALUE, Long.MAX_VALUE]");
    }
    return sum;
  }

  /**
   * Returns the sum of {@code amounts}, as {@link #sum(Iterable)}.
   *
   * @param amounts the amounts, without null elements
   * @return the exact sum
   * @throws ArithmeticException if the sum, or any partial sum, is outside the range
   */
  public static Yen sum(Yen... amounts) {
    long total = 0;
    for (Yen amount : amounts) {
      total = addInRange(total, requireNonNull(amount, "amount").amount);
    }
    return of(total);
  }

  /**
   * Reads a non-negative amount as people type it: {@code 300000}, {@code 300,000},
   * {@code ¥300,000}, {@code ￥300,000}, {@code 300,000円}, {@code ３０万円}, {@code 3万5000円},
   * {@code 1億2000万円}.
   *
   * <p>The grammar: optional ASCII/ideographic/no-break spaces, tabs and line breaks around; then
   * either a {@code ¥} (or {@code ￥}) before the number or a {@code 円} after it, not both, optionally
   * separated from it by spaces; the number is ASCII or full-width digits, with commas (ASCII or
   * full-width) every three digits or no commas at all, optionally split by the units 兆, 億, 万 in
   * that order, each at most once; a part that follows a unit is below 10,000 (as in
   * {@code 3万5000}). At most {@link #MAX_INPUT_LENGTH} characters.
   *
   * <pre>{@code
   * Yen.parse("３０万円");    // ¥300,000
   * Yen.parse("1.5万円");    // throws YenFormatException, problem DECIMAL
   * }</pre>
   *
   * @param text the text, not null
   * @return the amount, never negative
   * @throws YenFormatException if the text is not an accepted amount; its
   *     {@link YenFormatException#problem()} says why (empty, too long, negative, decimal, bad
   *     character, malformed, too large)
   */
  public static Yen parse(CharSequence text) {
    return tryParse(text).orElseThrow();
  }

  /**
   * Reads an amount as {@link #parse(CharSequence)} does, without throwing for bad input.
   * {@code Yen.tryParse(t).orElseThrow()} is equivalent to {@code Yen.parse(t)}.
   *
   * <pre>{@code
   * YenParseResult r = Yen.tryParse("三十万円");
   * r.isValid();     // false
   * r.problem();     // Optional[BAD_CHARACTER]
   * }</pre>
   *
   * @param text the text, not null
   * @return the amount or the problem, never null
   */
  public static YenParseResult tryParse(CharSequence text) {
    return YenParser.parse(requireNonNull(text, "text"), false);
  }

  /**
   * Reads an amount that may be negative: what {@link #parse(CharSequence)} accepts, optionally
   * preceded by one ASCII {@code -}. Reads back every {@link #toString()}, such as
   * {@code -¥1,500}. Meant for amounts written by programs (logs, stored values); for what a
   * customer types, use {@link #parse(CharSequence)}, which rejects negative amounts.
   *
   * @param text the text, not null
   * @return the amount
   * @throws YenFormatException if the text is not an accepted amount
   */
  public static Yen parseSigned(CharSequence text) {
    return YenParser.parse(requireNonNull(text, "text"), true).orElseThrow();
  }

  /**
   * Returns the number of yen.
   *
   * @return the amount in yen
   */
  public long amount() {
    return amount;
  }

  /**
   * Returns this amount plus {@code other}.
   *
   * @param other the amount to add, not null
   * @return the exact sum
   * @throws ArithmeticException if the sum is outside the range
   */
  public Yen plus(Yen other) {
    return of(Math.addExact(amount, other.amount));
  }

  /**
   * Returns this amount plus {@code yen}.
   *
   * @param yen the number of yen to add
   * @return the exact sum
   * @throws ArithmeticException if the sum is outside the range
   */
  public Yen plus(long yen) {
    return of(Math.addExact(amount, yen));
  }

  /**
   * Returns this amount minus {@code other}.
   *
   * @param other the amount to subtract, not null
   * @return the exact difference
   * @throws ArithmeticException if the difference is outside the range
   */
  public Yen minus(Yen other) {
    return of(Math.subtractExact(amount, other.amount));
  }

  /**
   * Returns this amount minus {@code yen}.
   *
   * @param yen the number of yen to subtract
   * @return the exact difference
   * @throws ArithmeticException if the difference is outside the range
   */
  public Yen minus(long yen) {
    return of(Math.subtractExact(amount, yen));
  }

  /**
   * Returns this amount times {@code factor}, such as a unit price times a quantity.
   *
   * @param factor the multiplier
   * @return the exact product
   * @throws ArithmeticException if the product is outside the range
   */
  public Yen times(long factor) {
    return of(Math.multiplyExact(amount, factor));
  }

  /**
   * Returns this amount with the opposite sign; never overflows, since the range is symmetric.
   *
   * @return the negated amount
   */
  public Yen negated() {
    return of(-amount);
  }

  /**
   * Returns the absolute amount; never overflows, since the range is symmetric.
   *
   * @return this amount if it is not negative, else its negation
   */
  public Yen abs() {
    return amount < 0 ? negated() : this;
  }

  /**
   * Returns whether this amount is zero.
   *
   * @return true for zero yen
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Returns whether this amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount < 0;
  }

  /**
   * Returns whether this amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return amount > 0;
  }

  /**
   * Returns whether this amount is larger than {@code other}.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is strictly larger
   */
  public boolean isGreaterThan(Yen other) {
    return amount > other.amount;
  }

  /**
   * Returns whether this amount is larger than or equal to {@code other}.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is not smaller
   */
  public boolean isGreaterThanOrEqualTo(Yen other) {
    return amount >= other.amount;
  }

  /**
   * Returns whether this amount is smaller than {@code other}.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is strictly smaller
   */
  public boolean isLessThan(Yen other) {
    return amount < other.amount;
  }

  /**
   * Returns whether this amount is smaller than or equal to {@code other}.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is not larger
   */
  public boolean isLessThanOrEqualTo(Yen other) {
    return amount <= other.amount;
  }

  /**
   * Returns the larger of two amounts.
   *
   * @param a an amount, not null
   * @param b another amount, not null
   * @return {@code a} if it is not smaller than {@code b}, else {@code b}
   */
  public static Yen max(Yen a, Yen b) {
    requireNonNull(b, "b");
    return a.amount >= b.amount ? a : b;
  }

  /**
   * Returns the smaller of two amounts.
   *
   * @param a an amount, not null
   * @param b another amount, not null
   * @return {@code a} if it is not larger than {@code b}, else {@code b}
   */
  public static Yen min(Yen a, Yen b) {
    requireNonNull(b, "b");
    return a.amount <= b.amount ? a : b;
  }

  /**
   * Returns this amount, checking that it can be a price.
   *
   * <pre>{@code
   * this.unitPrice = unitPrice.requireNonNegative("unitPrice");
   * }</pre>
   *
   * @param field the name of the field or parameter, used in the message, not null
   * @return this amount
   * @throws IllegalArgumentException if this amount is negative; the message names {@code field}
   */
  public Yen requireNonNegative(String field) {
    requireNonNull(field, "field");
    if (amount < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + this);
    }
    return this;
  }

  /**
   * Formats the amount for a reader of {@code locale}: {@code 300,000円} in Japanese,
   * {@code ¥300,000} in every other language (see {@link Language#of(Locale)}). Digits are ASCII
   * and grouped by three with commas in both; a negative amount starts with {@code -}
   * ({@code -1,500円}, {@code -¥1,500}). The output of either form reads back with
   * {@link #parseSigned(CharSequence)}, and with {@link #parse(CharSequence)} when not negative.
   *
   * @param locale the reader's locale, not null
   * @return the formatted amount
   */
  public String format(Locale locale) {
    boolean japanese = Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE;
    StringBuilder out = new StringBuilder(32);
    if (amount < 0) {
      out.append('-');
    }
    if (!japanese) {
      out.append('¥');
    }
    String digits = Long.toString(Math.abs(amount));
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    if (japanese) {
      out.append('円');
    }
    return out.toString();
  }

  /**
   * Returns {@link #format(Locale)} for {@code locale}.
   *
   * @param locale the reader's locale, not null
   * @return the formatted amount
   */
  @Override
  public String display(Locale locale) {
    return format(locale);
  }

  @Override
  public int compareTo(Yen other) {
    return Long.compare(amount, other.amount);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Yen && ((Yen) other).amount == amount;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount);
  }

  /**
   * Returns the canonical text, the English format such as {@code ¥300,000} or {@code -¥1,500};
   * {@link #parseSigned(CharSequence)} reads it back.
   */
  @Override
  public String toString() {
    return format(Locale.ROOT);
  }
}
