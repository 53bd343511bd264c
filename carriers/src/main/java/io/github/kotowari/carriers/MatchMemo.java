package io.github.kotowari.carriers;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Remembers, for one way of ranking ({@link IdentifyContext}'s formats, ranks and hint), the packed
 * readings and verdict ({@link Identification#pack}) that {@link Identifier} decided for each
 * combination of format outcomes it has met, so that ranking and deciding run once per combination
 * rather than once per number. What is remembered is a pure function of its key, so lost or repeated
 * writes between threads cost only time: entries are written and read without locks, as single
 * {@code long}s (opaque access, so never torn) or as immutable entries (final fields, so always
 * seen whole).
 *
 * <p>Contexts with the default priors share one memo per market, hint and unsourced setting; a
 * context with custom priors has its own, whose tables are made when it first identifies. A memo
 * holds at most {@value #DIGIT_KEYS} digit results and {@value #SLOTS} other entries (about 24
 * KiB).
 */
final class MatchMemo {
  /** Radix of an {@link IdentifierFormat#evaluate} outcome code: outcome + 3, from 0 to 12. */
  static final int OUTCOMES = 13;
  /** Keys of {@link #digitResult}: digit count (0–15), mod-7 outcome code, other check's outcome code. */
  static final int DIGIT_KEYS = (InputNormalizer.MAX_FORM_DIGITS + 1) * OUTCOMES * OUTCOMES;
  /**
   * Entries of the table of other results, a power of two: {@code SLOTS / 2} buckets of two, so
   * that two keys whose hashes meet do not evict each other at every turn (with one slot a key,
   * the corpus of the benchmarks had 10 of its 1,000 lines ranked again at every pass).
   */
  static final int SLOTS = 512;

  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
  /** [market][hint ordinal + 1][unsourced]: the memos of contexts with the default priors, made when first used. */
  private static final AtomicReferenceArray<MatchMemo> SHARED =
      new AtomicReferenceArray<>(Market.values().length * (Carrier.values().length + 1) * 2);

  /**
   * 0 where nothing is remembered: no packed result is 0, since a result without readings is
   * unknown. Made when first written, so that a context costs no table until it identifies; two
   * threads that make one each only lose some remembered results.
   */
  private volatile long @Nullable [] digitResults;
  private volatile @Nullable Entry @Nullable [] entries;

  /** An other-than-digits result and its key; immutable, so safely read by any thread. */
  private static final class Entry {
    final long key;
    final long result;

    Entry(long key, long result) {
      this.key = key;
      this.result = result;
    }
  }

  /** The memo shared by every default-priors context of {@code market}, {@code hint} and unsourced setting. */
  static MatchMemo shared(Market market, @Nullable Carrier hint, boolean unsourced) {
    int index = (market.ordinal() * (Carrier.values().length + 1) + (hint == null ? 0 : hint.ordinal() + 1)) * 2
        + (unsourced ? 1 : 0);
    MatchMemo memo = SHARED.get(index);
    if (memo == null) {
      SHARED.compareAndSet(index, null, new MatchMemo());
      memo = SHARED.get(index);
    }
    return memo;
  }

  /** The remembered result for a digit key, or 0. */
  long digitResult(int key) {
    long[] results = digitResults;
    return results == null ? 0 : (long) LONGS.getOpaque(results, key);
  }

  void rememberDigitResult(int key, long result) {
    long[] results = digitResults;
    if (results == null) {
      results = new long[DIGIT_KEYS];
      digitResults = results;
    }
    LONGS.setOpaque(results, key, result);
  }

  /** The remembered result for {@code key}, or 0. */
  long result(long key) {
    @Nullable Entry[] table = entries;
    if (table == null) {
      return 0;
    }
    int bucket = bucket(key);
    Entry e = table[bucket];
    if (e != null && e.key == key) {
      return e.result;
    }
    e = table[bucket + 1];
    return e != null && e.key == key ? e.result : 0;
  }

  void remember(long key, long result) {
    @Nullable Entry[] table = entries;
    if (table == null) {
      table = new Entry[SLOTS];
      entries = table;
    }
    // The newest entry comes first and the one before it moves second; the oldest goes.
    int bucket = bucket(key);
    table[bucket + 1] = table[bucket];
    table[bucket] = new Entry(key, result);
  }

  /** The first of the two slots of {@code key}'s bucket: an even index below {@link #SLOTS}. */
  static int bucket(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> (Long.SIZE - Integer.numberOfTrailingZeros(SLOTS))) & ~1;
  }
}
