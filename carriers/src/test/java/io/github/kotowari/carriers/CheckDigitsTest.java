package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  @Test
  void sevenDrPublishedExamples() {
    // Worked example of the 7DR rule: 12345678901 mod 7 = 3; samples from carriers.md §1.1.
    assertEquals(3, CheckDigits.sevenDr("12345678901"));
    assertEquals(4, CheckDigits.sevenDr("99999999999"));
    assertTrue(CheckDigits.isValidSevenDr("000000000000"));
    assertTrue(CheckDigits.isValidSevenDr("012345678903"));
    assertTrue(CheckDigits.isValidSevenDr("999999999994"));
    assertTrue(CheckDigits.isValidSevenDr("444413758703"));
    assertTrue(CheckDigits.isValidSevenDr("512547514334"));
    assertFalse(CheckDigits.isValidSevenDr("000000000001"));
  }

  @Test
  void sevenDrRejectsBadShapesWithoutThrowing() {
    for (String bad : new String[] {"", "1", "12345678901a", "１２３４５６７８９０１３", "12345678901-3",
        "12345678901234567890"}) {
      assertFalse(CheckDigits.isValidSevenDr(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.sevenDr(""));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.sevenDr("12a"));
  }

  @Property
  void sevenDrIsTheBodyModuloSeven(@ForAll @LongRange(min = 0, max = 99_999_999_999L) long body) {
    String digits = String.format(java.util.Locale.ROOT, "%011d", body);
    int expected = BigInteger.valueOf(body).mod(BigInteger.valueOf(7)).intValue();
    assertEquals(expected, CheckDigits.sevenDr(digits));
    assertTrue(CheckDigits.isValidSevenDr(digits + expected));
    for (int other = 0; other <= 9; other++) {
      if (other != expected) {
        assertFalse(CheckDigits.isValidSevenDr(digits + other));
      }
    }
  }
}
