package io.github.kotowari.carriers;

/** Masks identifiers for toString and messages: only the last four characters stay visible. */
final class Masking {
  private Masking() {}

  /** Returns {@code value} with all but its last four characters (at most) replaced by {@code *}. */
  static String mask(CharSequence value) {
    int length = value.length();
    int visible = Math.min(4, length / 2);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length - visible; i++) {
      out.append('*');
    }
    for (int i = length - visible; i < length; i++) {
      out.append(value.charAt(i));
    }
    return out.toString();
  }
}
