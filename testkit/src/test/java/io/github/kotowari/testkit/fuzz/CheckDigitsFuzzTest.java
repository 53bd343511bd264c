package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.carriers.CheckDigits;
import java.math.BigInteger;

/**
 * Fuzzes the carriers' check-digit functions with arbitrary text: {@link CheckDigits#isValidSevenDr}
 * never throws, {@link CheckDigits#sevenDr} throws only its documented {@link IllegalArgumentException},
 * and both agree with the 7DR rule computed independently with {@link BigInteger}.
 *
 * <p>Seeds: {@code src/test/resources/io/github/kotowari/testkit/fuzz/CheckDigitsFuzzTestInputs/}.
 */
class CheckDigitsFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void sevenDr(byte[] data) {
    check(data);
  }

  static void check(byte[] data) {
    String text = FuzzText.decode(data);
    boolean asciiDigits = !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');

    CountingText counted = new CountingText(text);
    boolean valid = CheckDigits.isValidSevenDr(counted);
    assertTrue(counted.reads() <= 19, "never reads past the longest 7DR number");
    boolean expectedValid = asciiDigits && text.length() >= 2 && text.length() <= 19
        && text.charAt(text.length() - 1) - '0' == sevenDrOf(text.substring(0, text.length() - 1));
    assertEquals(expectedValid, valid, text);

    int computed;
    try {
      computed = CheckDigits.sevenDr(text);
    } catch (IllegalArgumentException e) {
      assertFalse(asciiDigits && text.length() <= 18, () -> "rejected a valid body: " + e.getMessage());
      return;
    }
    assertTrue(asciiDigits && text.length() <= 18, "accepted a body outside 1-18 ASCII digits");
    assertEquals(sevenDrOf(text), computed);
    assertTrue(CheckDigits.isValidSevenDr(text + computed), "the computed digit validates");
  }

  private static int sevenDrOf(String digits) {
    return new BigInteger(digits).mod(BigInteger.valueOf(7)).intValue();
  }
}
