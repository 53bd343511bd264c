package io.github.kotowari.core.order;

import static java.util.Objects.requireNonNull;

/** Validation of the short texts orders carry (ids, names, tags); messages name the field. */
final class Texts {
  private Texts() {}

  /**
   * Checks that {@code value} is 1 to {@code maxLength} characters, not blank, without control or
   * format characters (zero-width spaces, bidi marks), without unpaired surrogates (half of a
   * character, which no encoder can write) and without surrounding whitespace.
   */
  static String check(String value, String field, int maxLength) {
    requireNonNull(field, "field");
    requireNonNull(value, field);
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters, was "
          + value.length());
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty or blank");
    }
    if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
        || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(field + " must not start or end with whitespace");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        throw new IllegalArgumentException(field + " must not contain control or invisible characters" + found(c, i));
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(field + " must not contain an unpaired surrogate" + found(c, i));
      }
    }
    return value;
  }

  /** Names a refused character by code unit and index: {@code " (found U+200B at index 2)"}. */
  private static String found(char c, int index) {
    return String.format(java.util.Locale.ROOT, " (found U+%04X at index %d)", (int) c, index);
  }
}
