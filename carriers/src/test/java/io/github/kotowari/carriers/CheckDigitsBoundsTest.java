package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The length and character bounds of the check-digit functions, each tried at its edge and one past it.
 * Expected digits are computed here with BigInteger or by hand from the rules in carriers.md.
 */
class CheckDigitsBoundsTest {

  static int mod7(String digits) {
    return new BigInteger(digits).mod(BigInteger.valueOf(7)).intValue();
  }

  @Test
  void sevenDrTakesOneToEighteenDigits() {
    assertEquals(5, CheckDigits.sevenDr("5"));
    String eighteen = "987654321098765432";
    assertEquals(mod7(eighteen), CheckDigits.sevenDr(eighteen));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.sevenDr(eighteen + "1"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.sevenDr(""));
  }

  @Test
  void sevenDrNumbersAreTwoToNineteenDigits() {
    assertTrue(CheckDigits.isValidSevenDr("00"));
    assertTrue(CheckDigits.isValidSevenDr("92")); // 9 mod 7 = 2
    assertFalse(CheckDigits.isValidSevenDr("0"));
    String eighteen = "987654321098765432";
    assertTrue(CheckDigits.isValidSevenDr(eighteen + mod7(eighteen)));
    String nineteen = eighteen + "1";
    assertFalse(CheckDigits.isValidSevenDr(nineteen + mod7(nineteen)), "20 digits are too many");
  }

  @Test
  void gs1TakesOneToSixtyThreeDigits() {
    // One digit: it weighs 3, so 7 gives (10 - 21 mod 10) mod 10 = 9.
    assertEquals(9, CheckDigits.gs1Mod10("7"));
    String sixtyThree = "1".repeat(63);
    // 32 ones weigh 3 and 31 weigh 1: 96 + 31 = 127, check 3.
    assertEquals(3, CheckDigits.gs1Mod10(sixtyThree));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.gs1Mod10(sixtyThree + "1"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.gs1Mod10(""));
  }

  @Test
  void gs1NumbersAreTwoToSixtyFourDigits() {
    assertTrue(CheckDigits.isValidGs1Mod10("79"));
    assertFalse(CheckDigits.isValidGs1Mod10("9"));
    assertTrue(CheckDigits.isValidGs1Mod10("1".repeat(63) + "3"));
    // 64 ones then their check digit: 32 weigh 3 and 32 weigh 1, 128, check 2; 65 digits in all.
    assertFalse(CheckDigits.isValidGs1Mod10("1".repeat(64) + "2"));
  }

  @Test
  void s10CountryLettersAreAToZ() {
    // Serial 47312482: 4·8 + 7·6 + 3·4 + 1·2 + 2·3 + 4·5 + 8·9 + 2·7 = 200; 11 - 200 mod 11 = 9.
    assertEquals(9, CheckDigits.s10("47312482"));
    assertTrue(CheckDigits.isValidS10("RR473124829JP"));
    assertTrue(CheckDigits.isValidS10("AA473124829ZZ"));
    assertTrue(CheckDigits.isValidS10("ZZ473124829AA"));
    assertFalse(CheckDigits.isValidS10("@A473124829JP"));
    assertFalse(CheckDigits.isValidS10("A[473124829JP"));
    assertFalse(CheckDigits.isValidS10("RR473124829J@"));
    assertFalse(CheckDigits.isValidS10("RR473124829[P"));
  }

  @Test
  void upsLettersAndDigitsAtTheEdgesOfTheirRanges() {
    // The sample number printed on UPS labels: 1Z 999 AA1 01 2345 678 4.
    assertTrue(CheckDigits.isValidUps("1Z999AA10123456784"));
    assertEquals(4, CheckDigits.ups("999AA1012345678"));
    // Letters count as (ASCII - 3) mod 10: A = 2, Z = 7; digits 0 and 9 as themselves.
    // "Z00000000000000": Z at position 0 weighs 1, so the sum is 7 and the check 3.
    assertEquals(3, CheckDigits.ups("Z00000000000000"));
    // "0A0000000000009": A doubled (4) + 9 = 13, check 7.
    assertEquals(7, CheckDigits.ups("0A0000000000009"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.ups("@00000000000000"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.ups("[00000000000000"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.ups("/00000000000000"));
    assertThrows(IllegalArgumentException.class, () -> CheckDigits.ups(":00000000000000"));
  }
}
