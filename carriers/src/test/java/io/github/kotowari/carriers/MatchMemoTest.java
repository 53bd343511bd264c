package io.github.kotowari.carriers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link MatchMemo}: a remembered decision is the decision {@link Identifier} would compute afresh,
 * whoever filled the memo and in which order, and contexts share a memo exactly when they rank
 * alike.
 */
class MatchMemoTest {

  /** Digit strings of one length whose checks give every outcome, so that keys are hit many times. */
  @Property(tries = 300)
  void aWarmMemoAnswersAsAFreshComputation(@ForAll @IntRange(min = 1, max = 44) int length,
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    // Custom priors: a memo of its own, filled by this property alone.
    IdentifyContext ctx = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withUnsourcedFormats(true)
        .withPriors(Priors.defaults().withHintFactor(3.0));
    for (int i = 0; i < 40; i++) {
      String digits = digits(random, length);
      long fresh = Identifier.matchUncached(length <= InputNormalizer.MAX_FORM_DIGITS ? null : digits, length, true,
          InputNormalizer.formNibbles(InputNormalizer.digitForm(digits)), ctx);
      Identification id = Identifier.identify(digits, ctx);
      assertEquals(Identification.verdictOf(fresh), id.verdict(), digits);
      assertEquals(readings(fresh), id.readings(), digits);
    }
  }

  @Test
  void contextsWithTheDefaultPriorsShareOneMemoPerWayOfRanking() {
    assertSame(IdentifyContext.of(Market.UNSPECIFIED).memo(), IdentifyContext.unspecified().memo());
    assertSame(IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA).memo(),
        IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA).memo());
    assertNotSame(IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA).memo(),
        IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.YAMATO).memo());
    assertNotSame(IdentifyContext.unspecified().memo(), IdentifyContext.unspecified().withUnsourcedFormats(true).memo());
    assertNotSame(IdentifyContext.of(Market.UNSPECIFIED).memo(), IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).memo());
    IdentifyContext custom = IdentifyContext.unspecified().withPriors(Priors.defaults().withHintFactor(5.0));
    assertNotSame(IdentifyContext.unspecified().memo(), custom.memo());
    assertNotSame(custom.memo(), IdentifyContext.unspecified().withPriors(Priors.defaults().withHintFactor(5.0)).memo());
  }

  @Test
  void threadsFillingOneColdMemoAllGetTheReferenceAnswer() throws Exception {
    IdentifyContext ctx = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC)
        .withPriors(Priors.defaults().withHintFactor(7.0)).withCarrierHint(Carrier.JAPAN_POST);
    List<String> inputs = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2_000; i++) {
      int length = 10 + random.nextInt(13);
      String digits = digits(random, length);
      inputs.add(random.nextBoolean() ? digits : "EG" + digits.substring(0, 9) + (random.nextBoolean() ? "JP" : "GB"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 500;
        done.add(pool.submit(() -> {
          for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get((i + offset) % inputs.size());
            IdentifierOracle.Expected expected = IdentifierOracle.identify(text, ctx);
            Identification actual = Identifier.identify(text, ctx);
            assertEquals(expected.verdict(), actual.verdict(), text);
            assertEquals(expected.readings(), actual.readings(), text);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Keys whose hashes meet share a bucket of two: both are kept; a third pushes out the older. */
  @Test
  void twoKeysOfOneBucketAreBothRememberedAndAThirdEvictsTheOlder() {
    long first = 1;
    int bucket = MatchMemo.bucket(first);
    long[] others = new long[2];
    int found = 0;
    for (long key = 2; found < others.length; key++) {
      if (MatchMemo.bucket(key) == bucket) {
        others[found++] = key;
      }
    }
    long second = others[0];
    long third = others[1];
    MatchMemo memo = new MatchMemo();
    memo.remember(first, 11);
    memo.remember(second, 22);
    assertEquals(11, memo.result(first));
    assertEquals(22, memo.result(second));
    memo.remember(third, 33);
    assertEquals(33, memo.result(third));
    assertEquals(22, memo.result(second), "the second key moves to the second slot");
    assertEquals(0, memo.result(first), "the oldest key goes");
    // Buckets are even slots of the table, and every bucket is used by some key.
    Set<Integer> buckets = new HashSet<>();
    for (long key = 0; key < 100_000; key++) {
      int b = MatchMemo.bucket(key);
      assertEquals(0, b % 2);
      buckets.add(b);
    }
    assertEquals(MatchMemo.SLOTS / 2, buckets.size());
  }

  private static String digits(SplittableRandom random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static List<Reading> readings(long packed) {
    List<Reading> out = new ArrayList<>();
    for (int i = 0; i < Identifier.MAX_READINGS && Identification.readingAt(packed, i) >= 0; i++) {
      out.add(Reading.at(Identification.readingAt(packed, i)));
    }
    return out;
  }
}
