package io.github.kotowari.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.core.money.YenFormatException.Problem;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edges of the yen type and its parser that the behaviour tests do not reach exactly. */
class YenEdgesTest {

  @Test
  void sixtyFourCharactersAreReadAndSixtyFiveAreNot() {
    String sixtyFour = " ".repeat(58) + "300000";
    assertEquals(64, sixtyFour.length());
    assertEquals(Yen.of(300_000), Yen.parse(sixtyFour));
    assertEquals(Optional.of(Problem.TOO_LONG), Yen.tryParse(" " + sixtyFour).problem());
  }

  @Test
  void unitsFollowEachOtherWithoutGaps() {
    assertEquals(Yen.of(1_000_200_030_004L), Yen.parse("1兆2億3万4"));
    assertEquals(Yen.of(1_000_200_000_000L), Yen.parse("1兆2億"));
    assertEquals(Yen.of(200_030_000L), Yen.parse("2億3万円"));
  }

  @Test
  void everyGroupAfterACommaIsThreeDigits() {
    // The lengths fit groups of three, but a comma stands where a digit should.
    assertEquals(Optional.of(Problem.MALFORMED), Yen.tryParse("1,00,,000").problem());
    assertEquals(Optional.of(Problem.MALFORMED), Yen.tryParse("1,000,,00").problem());
    assertEquals(Optional.of(Problem.MALFORMED), Yen.tryParse("1234,567").problem());
    assertEquals(Yen.of(123_456_789), Yen.parse("123,456,789"));
  }

  @Test
  void aLoneSignIsNotAnAmount() {
    assertEquals(Optional.of(Problem.MALFORMED), Yen.tryParse("¥").problem());
    assertEquals(Optional.of(Problem.MALFORMED), Yen.tryParse("円").problem());
    YenFormatException e = org.junit.jupiter.api.Assertions.assertThrows(YenFormatException.class,
        () -> Yen.parseSigned("-"));
    assertEquals(Problem.MALFORMED, e.problem());
    assertEquals(Yen.of(-1), Yen.parseSigned("-1"));
  }

  @Test
  void theValueOfAnAcceptedText() {
    assertEquals(Optional.of(Yen.of(300)), Yen.tryParse("300").value());
    assertEquals(Optional.empty(), Yen.tryParse("3x").value());
  }

  @Test
  void zeroAndTheOthers() {
    assertTrue(Yen.ZERO.isZero());
    assertFalse(Yen.of(1).isZero());
    assertFalse(Yen.of(-1).isZero());
  }

  @Test
  void maxAndMinReturnTheFirstOfEqualAmounts() {
    // Documented: max returns a "if it is not smaller than b", min returns a "if it is not larger".
    Yen a = Yen.parse("500");
    Yen b = Yen.of(500);
    assertSame(a, Yen.max(a, b));
    assertSame(a, Yen.min(a, b));
    assertSame(b, Yen.max(b, a));
    assertEquals(Yen.of(0), Yen.of(0).abs());
    assertEquals(Yen.of(5), Yen.of(-5).abs());
  }

  @Test
  void problemsAreExplainedInBothLanguages() {
    for (Problem problem : Problem.values()) {
      String ja = problem.display(Locale.JAPANESE);
      String en = problem.display(Locale.ENGLISH);
      assertNotEquals(ja, en, problem.name());
      assertTrue(ja.chars().anyMatch(c -> c >= 0x3000), ja);
    }
  }

  @Test
  void hashCodesTellResultsApart() {
    Set<Integer> hashes = new HashSet<>();
    for (long n = 0; n < 20; n++) {
      hashes.add(YenParseResult.of(Yen.of(n)).hashCode());
    }
    for (Problem problem : Problem.values()) {
      hashes.add(YenParseResult.failure(problem).hashCode());
    }
    assertTrue(hashes.size() >= 15 + Problem.values().length, hashes::toString);
    assertNotEquals(YenParseResult.of(Yen.of(1)).hashCode(), YenParseResult.of(Yen.of(2)).hashCode());
  }
}
