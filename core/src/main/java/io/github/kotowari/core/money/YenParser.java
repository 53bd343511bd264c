package io.github.kotowari.core.money;

import com.google.common.base.CharMatcher;
import io.github.kotowari.core.money.YenFormatException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the yen amounts people type. Package-private: {@link Yen#parse}, {@link Yen#parseSigned}
 * and {@link Yen#tryParse} are the entry points and document the grammar.
 *
 * <p>The work is linear in the input, which is bounded by {@link Yen#MAX_INPUT_LENGTH} before any
 * loop runs.
 */
final class YenParser {
  private YenParser() {}

  /** Spaces trimmed around the amount and allowed between a yen sign or 円 and the digits. */
  private static final CharMatcher SPACE = CharMatcher.anyOf(" \t\u00A0\u3000");

  /**
   * Marks that read as "minus" at the start of an amount: ASCII hyphen-minus, the Unicode hyphens
   * and dashes, minus sign, full-width and small hyphen-minus, the katakana prolonged sound mark an
   * IME produces for "-", and the ▲/△ that Japanese accounts use for negative numbers.
   */
  static final CharMatcher MINUS_LIKE =
      CharMatcher.anyOf("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFF0D\uFE63\uFE58\u30FC\uFF70\u25B2\u25B3");

  private static final CharMatcher DECIMAL_POINT = CharMatcher.anyOf(".\uFF0E\u3002\uFF61");

  /** The units, largest first, and their values. */
  private static final char[] UNITS = {'兆', '億', '万'};
  private static final long[] UNIT_VALUES = {1_000_000_000_000L, 100_000_000L, 10_000L};

  /** Result holder: either a value (problem == null) or a problem. */
  private static final class Outcome {
    final long value;
    final @Nullable Problem problem;

    Outcome(long value, @Nullable Problem problem) {
      this.value = value;
      this.problem = problem;
    }
  }

  /**
   * Parses {@code text}; returns the amount or throws nothing: problems come back as a
   * {@link YenParseResult}.
   */
  static YenParseResult parse(CharSequence text, boolean allowMinus) {
    if (text.length() > Yen.MAX_INPUT_LENGTH) {
      return YenParseResult.failure(Problem.TOO_LONG);
    }
    String s = SPACE.trimFrom(normalize(text));
    if (s.isEmpty()) {
      return YenParseResult.failure(Problem.EMPTY);
    }
    boolean negative = false;
    int start = 0;
    int end = s.length();
    if (allowMinus && s.charAt(0) == '-') {
      negative = true;
      start = 1;
    }
    boolean prefix = start < end && s.charAt(start) == '¥';
    if (prefix) {
      start++;
    }
    boolean suffix = end > start && s.charAt(end - 1) == '円';
    if (suffix) {
      end--;
    }
    while (start < end && SPACE.matches(s.charAt(start))) {
      start++;
    }
    while (end > start && SPACE.matches(s.charAt(end - 1))) {
      end--;
    }
    if (start < end && MINUS_LIKE.matches(s.charAt(start))) {
      return YenParseResult.failure(Problem.NEGATIVE);
    }
    String body = s.substring(start, end);
    if (DECIMAL_POINT.matchesAnyOf(body)) {
      return YenParseResult.failure(Problem.DECIMAL);
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!isDigit(c) && c != ',' && c != '兆' && c != '億' && c != '万') {
        return YenParseResult.failure(Problem.BAD_CHARACTER);
      }
    }
    if (body.isEmpty() || (prefix && suffix)) {
      return YenParseResult.failure(Problem.MALFORMED);
    }
    Outcome outcome = parseBody(body);
    Problem problem = outcome.problem;
    if (problem != null) {
      return YenParseResult.failure(problem);
    }
    return YenParseResult.of(Yen.of(negative ? -outcome.value : outcome.value));
  }

  /** Maps full-width digits, comma and yen sign to their ASCII/half-width forms. */
  private static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c == '，') {
        out.append(',');
      } else if (c == '￥') {
        out.append('¥');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses digits, commas and units: {@code 300,000}, {@code 1億2000万}, {@code 3万5,000}. */
  private static Outcome parseBody(String body) {
    long total = 0;
    int from = 0;
    int nextUnit = 0;
    boolean sawUnit = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int unit = unitIndex(c);
      if (unit < 0) {
        continue;
      }
      if (unit < nextUnit || i == from) {
        return new Outcome(0, Problem.MALFORMED); // out of order, repeated, or no digits before it
      }
      Outcome coefficient = parseGrouped(body.substring(from, i));
      if (coefficient.problem != null) {
        return coefficient;
      }
      if (sawUnit && coefficient.value >= 10_000) {
        return new Outcome(0, Problem.MALFORMED); // "1億20000万": a part below a unit is under 10,000
      }
      try {
        total = Math.addExact(total, Math.multiplyExact(coefficient.value, UNIT_VALUES[unit]));
      } catch (ArithmeticException e) {
        return new Outcome(0, Problem.TOO_LARGE);
      }
      sawUnit = true;
      nextUnit = unit + 1;
      from = i + 1;
    }
    if (from == body.length()) {
      return new Outcome(total, null);
    }
    Outcome rest = parseGrouped(body.substring(from));
    if (rest.problem != null) {
      return rest;
    }
    if (sawUnit && rest.value >= 10_000) {
      return new Outcome(0, Problem.MALFORMED);
    }
    try {
      return new Outcome(Math.addExact(total, rest.value), null);
    } catch (ArithmeticException e) {
      return new Outcome(0, Problem.TOO_LARGE);
    }
  }

  private static int unitIndex(char c) {
    for (int u = 0; u < UNITS.length; u++) {
      if (UNITS[u] == c) {
        return u;
      }
    }
    return -1;
  }

  /** Parses {@code 300000} or {@code 300,000}: commas, if any, separate groups of exactly three. */
  private static Outcome parseGrouped(String digits) {
    int firstComma = digits.indexOf(',');
    if (firstComma >= 0) {
      if (firstComma == 0 || firstComma > 3 || (digits.length() - firstComma - 1) % 4 != 3) {
        return new Outcome(0, Problem.MALFORMED);
      }
      for (int i = firstComma; i < digits.length(); i += 4) {
        if (digits.charAt(i) != ',') {
          return new Outcome(0, Problem.MALFORMED);
        }
        for (int j = i + 1; j <= i + 3; j++) {
          if (!isDigit(digits.charAt(j))) {
            return new Outcome(0, Problem.MALFORMED);
          }
        }
      }
      for (int i = 0; i < firstComma; i++) {
        if (!isDigit(digits.charAt(i))) {
          return new Outcome(0, Problem.MALFORMED);
        }
      }
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c == ',') {
        continue;
      }
      try {
        value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
      } catch (ArithmeticException e) {
        return new Outcome(0, Problem.TOO_LARGE);
      }
    }
    return new Outcome(value, null);
  }
}
