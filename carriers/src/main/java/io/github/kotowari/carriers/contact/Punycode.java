package io.github.kotowari.carriers.contact;

import org.jspecify.annotations.Nullable;

/** RFC 3492 Punycode decoding of one label, bounded, for look-alike detection only. */
final class Punycode {
  private static final int BASE = 36;
  private static final int TMIN = 1;
  private static final int TMAX = 26;
  private static final int SKEW = 38;
  private static final int DAMP = 700;
  private static final int MAX_LABEL = 63;

  private Punycode() {}

  /** Decodes the part after {@code xn--}; null if it is not valid Punycode. */
  static @Nullable String decode(String input) {
    if (input.isEmpty() || input.length() > MAX_LABEL) {
      return null;
    }
    int[] output = new int[MAX_LABEL];
    int length = 0;
    int b = input.lastIndexOf('-');
    for (int j = 0; j < Math.max(b, 0); j++) {
      char c = input.charAt(j);
      if (c >= 0x80) {
        return null;
      }
      output[length++] = c;
    }
    int n = 128;
    int i = 0;
    int bias = 72;
    int in = b > 0 ? b + 1 : 0;
    while (in < input.length()) {
      int oldi = i;
      int w = 1;
      for (int k = BASE; ; k += BASE) {
        if (in >= input.length()) {
          return null;
        }
        int digit = digit(input.charAt(in++));
        if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
          return null;
        }
        i += digit * w;
        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
        if (digit < t) {
          break;
        }
        if (w > Integer.MAX_VALUE / (BASE - t)) {
          return null;
        }
        w *= BASE - t;
      }
      if (length == MAX_LABEL) {
        return null;
      }
      bias = adapt(i - oldi, length + 1, oldi == 0);
      if (i / (length + 1) > Integer.MAX_VALUE - n) {
        return null;
      }
      n += i / (length + 1);
      i %= length + 1;
      if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
        return null;
      }
      System.arraycopy(output, i, output, i + 1, length - i);
      output[i++] = n;
      length++;
    }
    return new String(output, 0, length);
  }

  private static int adapt(int delta, int points, boolean first) {
    delta = first ? delta / DAMP : delta / 2;
    delta += delta / points;
    int k = 0;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
      delta /= BASE - TMIN;
      k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 26;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return -1;
  }
}
