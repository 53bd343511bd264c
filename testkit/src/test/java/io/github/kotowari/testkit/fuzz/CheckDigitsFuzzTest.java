package io.github.kotowari.testkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.kotowari.carriers.CheckDigits;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

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

  /** One algorithm: compute from a body, validate a whole number, and how a body becomes a number. */
  record Algorithm(String name, ToIntFunction<String> compute, Predicate<String> validate,
      BiFunction<String, Integer, String> assemble) {}

  static final List<Algorithm> ALGORITHMS = List.of(
      new Algorithm("7DR", CheckDigits::sevenDr, CheckDigits::isValidSevenDr, (b, c) -> b + c),
      new Algorithm("DHL Express", CheckDigits::dhlExpress, CheckDigits::isValidDhlExpress, (b, c) -> b + c),
      new Algorithm("S10", CheckDigits::s10, CheckDigits::isValidS10, (b, c) -> "RR" + b + c + "JP"),
      new Algorithm("FedEx 12", CheckDigits::fedEx12, CheckDigits::isValidFedEx12, (b, c) -> b + c),
      new Algorithm("GS1 mod 10", CheckDigits::gs1Mod10, CheckDigits::isValidGs1Mod10, (b, c) -> b + c),
      new Algorithm("UPS", CheckDigits::ups, CheckDigits::isValidUps, (b, c) -> "1Z" + b + c));

  /**
   * Every algorithm on arbitrary text: validation never throws; computing throws only its documented
   * {@link IllegalArgumentException}; a computed digit validates and every other digit in its place
   * does not.
   */
  @FuzzTest(maxDuration = "10s")
  void everyAlgorithm(byte[] data) {
    checkAll(data);
  }

  static void checkAll(byte[] data) {
    String text = FuzzText.decode(data);
    for (Algorithm algorithm : ALGORITHMS) {
      algorithm.validate().test(text);
      int check;
      try {
        check = algorithm.compute().applyAsInt(text);
      } catch (IllegalArgumentException e) {
        assertFalse(e.getMessage().contains(text) && text.length() > 3, "the message never echoes the input");
        continue;
      }
      assertTrue(check >= 0 && check <= 9, algorithm.name());
      assertTrue(algorithm.validate().test(algorithm.assemble().apply(text, check)), algorithm.name());
      for (int other = 0; other <= 9; other++) {
        if (other != check) {
          assertFalse(algorithm.validate().test(algorithm.assemble().apply(text, other)),
              algorithm.name() + " accepted a wrong check digit");
        }
      }
    }
  }

  private static int sevenDrOf(String digits) {
    return new BigInteger(digits).mod(BigInteger.valueOf(7)).intValue();
  }
}
