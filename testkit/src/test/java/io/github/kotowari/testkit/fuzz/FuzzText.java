package io.github.kotowari.testkit.fuzz;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into the text an entry point receives.
 *
 * <p>Two encodings, chosen by the first byte, so that the committed seed files stay readable and the
 * fuzzer can still reach every UTF-16 string:
 * <ul>
 *   <li>first byte {@code 0x00}: the rest is UTF-16BE code units, taken as they are (unpaired
 *       surrogates, NUL, noncharacters included); an odd last byte is dropped;</li>
 *   <li>anything else: the whole input is UTF-8, malformed sequences read as U+FFFD.</li>
 * </ul>
 */
final class FuzzText {
  private FuzzText() {}

  static String decode(byte[] data) {
    if (data.length > 0 && data[0] == 0) {
      char[] chars = new char[(data.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((data[1 + 2 * i] & 0xFF) << 8) | (data[2 + 2 * i] & 0xFF));
      }
      return new String(chars);
    }
    try {
      CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(data));
      return decoded.toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("REPLACE never reports a coding error", e);
    }
  }
}
