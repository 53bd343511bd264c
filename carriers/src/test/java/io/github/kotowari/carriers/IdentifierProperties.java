package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Invariants of identification. Generators here are built from the rules independently of the
 * code under test (BigInteger arithmetic); the testkit module has richer generators and its own
 * properties.
 */
class IdentifierProperties {

  private static String sevenDrNumber(long body11) {
    String body = String.format(Locale.ROOT, "%011d", body11);
    return body + BigInteger.valueOf(body11).mod(BigInteger.valueOf(7));
  }

  @Property
  void everyValidSevenDrNumberIsReadAsEachOfTheThreeCarriers(@ForAll @LongRange(max = 99_999_999_999L) long body) {
    Identification id = Identifier.identify(sevenDrNumber(body));
    Set<IdentifierFormat> plausible = new HashSet<>();
    id.readings().stream().filter(Reading::isPlausible).forEach(r -> plausible.add(r.format()));
    assertTrue(plausible.containsAll(Set.of(IdentifierFormat.YAMATO_12, IdentifierFormat.SAGAWA_12,
        IdentifierFormat.JAPAN_POST_12)));
    assertEquals(Verdict.AMBIGUOUS, id.verdict());
  }

  @Property
  void everyValidS10IsReadAsItsPost(@ForAll @LongRange(max = 99_999_999L) long serial,
      @ForAll("letterPairs") String service, @ForAll("letterPairs") String country) {
    String digits = String.format(Locale.ROOT, "%08d", serial);
    int[] w = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * w[i];
    }
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    Identification id = Identifier.identify(service + digits + check + country);
    assertEquals(Verdict.VALID, id.verdict());
    assertEquals(country.equals("JP") ? Carrier.JAPAN_POST : Carrier.UPU_POST, id.best().orElseThrow().carrier());
  }

  @Provide
  Arbitrary<String> letterPairs() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
  }

  /**
   * Exhaustive over (position, old digit, new digit): a single substitution in the 11-digit body of a
   * 7DR number goes unnoticed exactly when the digit changes by ±7, and a change of the check digit
   * is always caught (carriers.md §1.1, derived: 10 ≡ 3 mod 7 is invertible).
   */
  @Test
  void sevenDrMissesExactlyTheSubstitutionsBySeven() {
    String base = "31415926535";
    int missed = 0;
    for (int position = 0; position < 12; position++) {
      for (int old = 0; old <= 9; old++) {
        String number;
        if (position < 11) {
          String body = base.substring(0, position) + old + base.substring(position + 1);
          number = sevenDrNumber(Long.parseLong(body));
        } else {
          number = sevenDrNumber(Long.parseLong(base));
          if (number.charAt(11) - '0' != old) {
            continue;
          }
        }
        for (int replacement = 0; replacement <= 9; replacement++) {
          if (replacement == old) {
            continue;
          }
          String changed = number.substring(0, position) + replacement + number.substring(position + 1);
          boolean stillValid = CheckDigits.isValidSevenDr(changed);
          boolean bySeven = Math.abs(replacement - old) == 7;
          assertEquals(position < 11 && bySeven, stillValid, changed);
          if (stillValid) {
            missed++;
          }
        }
      }
    }
    // 11 body positions × the six ordered pairs (0,7) (7,0) (1,8) (8,1) (2,9) (9,2)
    assertEquals(11 * 6, missed);
  }

  @Property
  void sevenDrMissesAdjacentSwapsExactlyWhenTheDigitsDifferBySeven(
      @ForAll @LongRange(max = 99_999_999_999L) long body) {
    String number = sevenDrNumber(body);
    for (int i = 0; i < 10; i++) {
      char a = number.charAt(i);
      char b = number.charAt(i + 1);
      if (a == b) {
        continue;
      }
      String swapped = number.substring(0, i) + b + a + number.substring(i + 2);
      assertEquals(Math.abs(a - b) == 7, CheckDigits.isValidSevenDr(swapped), swapped);
    }
  }

  @Property
  void maskedToStringNeverShowsMoreThanFourCharacters(@ForAll @LongRange(max = 99_999_999_999L) long body) {
    String number = sevenDrNumber(body);
    TrackingNumber t = TrackingNumber.of(IdentifierFormat.YAMATO_12, number);
    Identification id = Identifier.identify(number);
    for (String shown : new String[] {t.toString(), id.toString(), id.input().toString(), t.masked()}) {
      for (int i = 0; i + 5 <= number.length(); i++) {
        assertFalse(shown.contains(number.substring(i, i + 5)), shown);
      }
    }
  }

  @Property
  void identifyNeverThrows(@ForAll String any) {
    Identification id = Identifier.identify(any);
    assertNotNull(id.verdict());
    assertNotNull(id.explain(Locale.JAPANESE));
    assertTrue(id.verdict() != Verdict.UNKNOWN || !id.reasons().isEmpty());
  }

  @Property
  void identifyNeverThrowsOnHostileAlphabets(@ForAll("hostile") String any) {
    Identification id = Identifier.identify(any, IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC)
        .withUnsourcedFormats(true));
    assertNotNull(id.explain(Locale.ENGLISH));
    for (Reading r : id.readings()) {
      assertFalse(r.reasons().isEmpty());
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings()
        .withChars("0123456789AZDJPaz-－ー \u3000\u200B\u202E\uD800\uDC00\u0000\n１２ＡＺ")
        .ofMinLength(0).ofMaxLength(80);
  }
}
