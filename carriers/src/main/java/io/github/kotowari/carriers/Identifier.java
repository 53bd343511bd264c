package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Says what a pasted string is: an Amazon order number, a carrier's tracking number (which
 * carrier, which service, whether its check digit holds), or nothing known. Every plausible reading
 * is returned, ranked; a number that several carriers could have issued is reported as {@link
 * Verdict#AMBIGUOUS}, never silently attributed to one.
 *
 * <pre>{@code
 * Identification id = Identifier.identify("ＥＧ７２５０８９３０３ＪＰ");
 * id.verdict();                        // VALID
 * id.best().orElseThrow().carrier();   // JAPAN_POST
 *
 * Identifier.identify("443496171020", IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC)).verdict();
 * // AMBIGUOUS: Yamato, Japan Post or Sagawa (7DR), in that order for a domestic order
 * }</pre>
 *
 * <p>Never throws for any text (other than null): the text is normalized first ({@link
 * InputNormalizer}, bounded and linear), then matched against the {@link IdentifierFormat}s that
 * can have its length and kind of characters, with allocation-free loops; see {@link
 * Identification} for how the verdict is decided and {@link Priors} for the ranking. Thread-safe.
 *
 * <p>Cost: a number of up to 15 digits (every Japanese format), however it is pasted, is read
 * once into a packed form and checked in registers; text that is already normalized (a {@link
 * String} of ASCII digits and upper-case letters) is not copied. In both cases {@link
 * #identify(CharSequence, IdentifyContext)} allocates only the {@link Identification} it returns
 * and {@link #verdict(CharSequence, IdentifyContext)} nothing at all. So does a longer number
 * pasted with separators whose length alone decides it, such as a dashed Amazon order number: the
 * identification keeps the pasted string and copies its digits only when they are asked for.
 * Other text costs one normalized copy (for other long numbers with separators, a copy of their
 * digits after the one scan). Ranking the readings and deciding the verdict depend only on the
 * context and on each candidate format's outcome, so each context remembers them per combination
 * of outcomes (about 24 KiB at most; contexts with the default priors share theirs). Readings and
 * reasons are built when asked for, from shared instances.
 *
 * @since 0.1.0
 */
public final class Identifier {
  private static final IdentifierFormat[] FORMATS = IdentifierFormat.values();
  /** The most readings one value can have; {@link Identification} packs them into 7 bytes. */
  static final int MAX_READINGS = 7;
  /** [length]: the formats, one bit per ordinal, that can match an all-digit value of that length. */
  private static final long[] DIGIT_FORMATS = formatsByLength(false);
  /** [length]: the formats that can match a value of that length with at least one letter. */
  private static final long[] LETTER_FORMATS = formatsByLength(true);
  /**
   * [length]: whether every all-digit format of that length is {@link
   * IdentifierFormat#isDecidedByLength decided by length}, so that a value of so many digits needs
   * no digit read (true where there is no such format).
   */
  private static final boolean[] DECIDED_BY_LENGTH = decidedByLength();
  /** The formats, one bit per ordinal, of {@link IdentifierFormat#isSevenDrFamily()}. */
  private static final long SEVEN_DR_FAMILY = sevenDrFamily();
  /** [length]: the checks ({@link #MOD7}, {@link #FEDEX}, {@link #GS1}) of the all-digit formats of that length. */
  private static final int[] DIGIT_CHECKS = digitChecks();
  private static final int MOD7 = 1;
  private static final int FEDEX = 2;
  private static final int GS1 = 4;
  /** Marks the shared 7DR evaluation as not yet computed; no {@link IdentifierFormat#evaluate} result. */
  private static final int UNEVALUATED = Integer.MIN_VALUE;

  private static long[] formatsByLength(boolean letters) {
    if (FORMATS.length > Long.SIZE || Reading.count() >= 0xFF) {
      throw new AssertionError("formats or readings no longer fit the packed identification");
    }
    long[] table = new long[InputNormalizer.MAX_SIGNIFICANT_CHARS + 1];
    for (int n = 0; n < table.length; n++) {
      for (IdentifierFormat f : FORMATS) {
        if (f.canHaveLength(n) && f.hasLetters() == letters) {
          table[n] |= 1L << f.ordinal();
        }
      }
      if (Long.bitCount(table[n]) > MAX_READINGS) {
        throw new AssertionError("more than " + MAX_READINGS + " formats of length " + n);
      }
    }
    return table;
  }

  private static boolean[] decidedByLength() {
    boolean[] decided = new boolean[DIGIT_FORMATS.length];
    for (int n = 0; n < decided.length; n++) {
      decided[n] = true;
      for (IdentifierFormat f : FORMATS) {
        if ((DIGIT_FORMATS[n] & 1L << f.ordinal()) != 0 && !f.isDecidedByLength()) {
          decided[n] = false;
        }
      }
    }
    return decided;
  }

  private static int[] digitChecks() {
    int[] checks = new int[InputNormalizer.MAX_FORM_DIGITS + 1];
    for (int n = 0; n < checks.length; n++) {
      for (IdentifierFormat f : FORMATS) {
        if ((DIGIT_FORMATS[n] & 1L << f.ordinal()) != 0) {
          checks[n] |= checkOf(f.checkRule());
        }
      }
      if ((checks[n] & FEDEX) != 0 && (checks[n] & GS1) != 0) {
        throw new AssertionError("two checks besides modulo 7 for " + n + " digits; the digit memo keeps one");
      }
    }
    return checks;
  }

  private static int checkOf(CheckRule rule) {
    switch (rule) {
      case SEVEN_DR:
      case DHL_MOD7:
        return MOD7;
      case FEDEX_MOD11:
        return FEDEX;
      case GS1_MOD10:
        return GS1;
      case NONE:
        return 0;
      default:
        throw new AssertionError(rule + " has no digit form");
    }
  }

  private static long sevenDrFamily() {
    long mask = 0;
    for (IdentifierFormat f : FORMATS) {
      if (f.isSevenDrFamily()) {
        mask |= 1L << f.ordinal();
      }
    }
    return mask;
  }

  private Identifier() {}

  /**
   * Identifies {@code text} with nothing known about its origin ({@link
   * IdentifyContext#unspecified()}).
   *
   * @param text the text as pasted, not null; any length and content
   * @return the identification, never null
   */
  public static Identification identify(CharSequence text) {
    return identify(text, IdentifyContext.unspecified());
  }

  /**
   * Identifies {@code text} in {@code context}, which ranks the readings and may narrow the verdict
   * to a hinted carrier.
   *
   * <p>Text longer than {@link InputNormalizer#MAX_RAW_CHARS} is answered without being read.
   * Shorter text is read in a fixed number of linear passes: each character at most four times for
   * a {@code String} (a scan, a copy, and for rejected text the normalizer's check and pass), at
   * most twice for any other {@code CharSequence}.
   *
   * @param text the text as pasted, not null; any length and content
   * @param context what is known about the number's origin
   * @return the identification, never null
   */
  public static Identification identify(CharSequence text, IdentifyContext context) {
    requireNonNull(text, "text");
    requireNonNull(context, "context");
    long form = InputNormalizer.scan(text);
    if (InputNormalizer.isDigitForm(form)) {
      return Identification.ofDigits(form, false, matchDigits(form, context));
    }
    if (InputNormalizer.isSeparated(form)) {
      int n = InputNormalizer.separatedCount(form);
      if (DECIDED_BY_LENGTH[n]) {
        // A dashed Amazon order number: its length says all, its digits are copied only if asked for.
        return Identification.ofSeparated((String) text, form, matchByLength(n, context));
      }
      String value = InputNormalizer.digitsOf((String) text);
      return Identification.ofValue(value, false, match(value, true, context));
    }
    if (form != InputNormalizer.NOT_DIGITS) {
      String value = (String) text;
      return Identification.ofValue(value, false, match(value, form == InputNormalizer.CANONICAL_DIGITS, context));
    }
    String value;
    boolean codabar;
    if (text instanceof String) {
      // Strings are read a second time only to be copied; a rejected one a third time for the reason.
      String kept = InputNormalizer.keep(text);
      if (kept == null) {
        return Identification.rejected(InputNormalizer.normalize(text));
      }
      value = InputNormalizer.withoutCodabar(kept);
      codabar = value.length() < kept.length();
    } else {
      // Other text may change between reads: it is read once more, by the normalizer alone.
      NormalizedInput input = InputNormalizer.normalize(text);
      if (!input.isAccepted()) {
        return Identification.rejected(input);
      }
      value = input.value();
      codabar = input.codabarRemoved();
    }
    long valueForm = InputNormalizer.scan(value);
    return InputNormalizer.isDigitForm(valueForm)
        ? Identification.ofDigits(valueForm, codabar, matchDigits(valueForm, context))
        : Identification.ofValue(value, codabar, match(value, valueForm == InputNormalizer.CANONICAL_DIGITS, context));
  }

  /**
   * Returns only the verdict of {@link #identify(CharSequence)}: for filtering many inputs quickly.
   *
   * @param text the text as pasted, not null; any length and content
   * @return the verdict, never null
   */
  public static Verdict verdict(CharSequence text) {
    return verdict(text, IdentifyContext.unspecified());
  }

  /**
   * Returns only the verdict of {@link #identify(CharSequence, IdentifyContext)}, always the same.
   * Allocates nothing for numbers of up to 15 digits (whatever separators and full-width digits
   * they are pasted with), for Amazon order numbers however they are pasted, and for text that is
   * already normalized.
   *
   * @param text the text as pasted, not null; any length and content
   * @param context what is known about the number's origin
   * @return the verdict, never null
   */
  public static Verdict verdict(CharSequence text, IdentifyContext context) {
    requireNonNull(text, "text");
    requireNonNull(context, "context");
    long form = InputNormalizer.scan(text);
    if (InputNormalizer.isDigitForm(form)) {
      return Identification.verdictOf(matchDigits(form, context));
    }
    if (InputNormalizer.isSeparated(form)) {
      int n = InputNormalizer.separatedCount(form);
      return Identification.verdictOf(DECIDED_BY_LENGTH[n] ? matchByLength(n, context)
          : match(InputNormalizer.digitsOf((String) text), true, context));
    }
    if (form != InputNormalizer.NOT_DIGITS) {
      return Identification.verdictOf(match((String) text, form == InputNormalizer.CANONICAL_DIGITS, context));
    }
    String value;
    if (text instanceof String) {
      String kept = InputNormalizer.keep(text);
      if (kept == null) {
        return Verdict.UNKNOWN;
      }
      value = InputNormalizer.withoutCodabar(kept);
    } else {
      NormalizedInput input = InputNormalizer.normalize(text);
      if (!input.isAccepted()) {
        return Verdict.UNKNOWN;
      }
      value = input.value();
    }
    long valueForm = InputNormalizer.scan(value);
    return Identification.verdictOf(InputNormalizer.isDigitForm(valueForm) ? matchDigits(valueForm, context)
        : match(value, valueForm == InputNormalizer.CANONICAL_DIGITS, context));
  }

  private static int evaluate(IdentifierFormat format, @Nullable String v, int n, boolean allDigits, long nibbles) {
    return v == null ? format.evaluateDigits(n, nibbles) : format.evaluate(v, allDigits);
  }

  /**
   * {@link #match} of a value of {@code n} digits whose length {@link #DECIDED_BY_LENGTH decides}
   * it: no digit is read.
   */
  private static long matchByLength(int n, IdentifyContext context) {
    return match(null, n, true, 0, context);
  }

  /** {@link #match} of a normalized value that is not a digit form. */
  private static long match(String v, boolean allDigits, IdentifyContext context) {
    return match(v, v.length(), allDigits, InputNormalizer.NOT_DIGITS, context);
  }

  /**
   * {@link #match} of a {@link InputNormalizer#digitForm digit form}. Every format such a value can
   * have is decided by its length and by the outcome of at most two checks (modulo 7, which all
   * 7DR and DHL formats share, and FedEx or GS1), so the result is remembered under those three.
   */
  private static long matchDigits(long form, IdentifyContext context) {
    int n = InputNormalizer.formLength(form);
    long nibbles = InputNormalizer.formNibbles(form);
    int checks = DIGIT_CHECKS[n];
    int last = CheckDigits.lastDigit(nibbles);
    int mod7 = (checks & MOD7) == 0 ? 0 : outcomeCode(IdentifierFormat.verdict(last, CheckDigits.mod7OfData(nibbles)));
    int other = (checks & FEDEX) != 0 ? outcomeCode(IdentifierFormat.verdict(last, CheckDigits.fedExOfData(nibbles)))
        : (checks & GS1) != 0 ? outcomeCode(IdentifierFormat.verdict(last, CheckDigits.gs1OfData(nibbles))) : 0;
    int key = (n * MatchMemo.OUTCOMES + mod7) * MatchMemo.OUTCOMES + other;
    MatchMemo memo = context.memo();
    long result = memo.digitResult(key);
    if (result == 0) {
      result = matchUncached(null, n, true, nibbles, context);
      memo.rememberDigitResult(key, result);
    }
    return result;
  }

  /** An {@link IdentifierFormat#evaluate} outcome as a code from 0 to {@link MatchMemo#OUTCOMES} - 1. */
  private static int outcomeCode(int evaluation) {
    return evaluation - IdentifierFormat.NO_MATCH;
  }

  /**
   * Matches a normalized value against the formats that can have its length and kind, ranks the
   * readings and decides the verdict, all packed into one {@code long} (see {@link
   * Identification#pack}). The value of {@code n} characters is {@code v}, or, if {@code v} is
   * null, the digits {@code nibbles} (see {@link InputNormalizer#digitForm}), or, for more than 15
   * digits all {@link #DECIDED_BY_LENGTH decided by length}, any digits at all. Ranking and deciding
   * depend only on the length, the kind and each format's outcome, so they are remembered under
   * those.
   */
  private static long match(@Nullable String v, int n, boolean allDigits, long nibbles, IdentifyContext context) {
    long formats = candidates(n, allDigits, context);
    long outcomes = outcomes(formats, v, n, allDigits, nibbles);
    long key = outcomes << 8 | (long) n << 1 | (allDigits ? 1 : 0);
    MatchMemo memo = context.memo();
    long result = memo.result(key);
    if (result == 0) {
      result = rank(formats, outcomes, context);
      memo.remember(key, result);
    }
    return result;
  }

  /** {@link #match} without the memo: what the memo remembers, computed afresh. */
  static long matchUncached(@Nullable String v, int n, boolean allDigits, long nibbles, IdentifyContext context) {
    long formats = candidates(n, allDigits, context);
    return rank(formats, outcomes(formats, v, n, allDigits, nibbles), context);
  }

  private static long candidates(int n, boolean allDigits, IdentifyContext context) {
    return (allDigits ? DIGIT_FORMATS[n] : LETTER_FORMATS[n]) & context.includedFormats();
  }

  /**
   * Evaluates each of {@code formats}, lowest ordinal first, and packs the {@link #outcomeCode}s,
   * four bits each, the first format's in the lowest bits.
   */
  private static long outcomes(long formats, @Nullable String v, int n, boolean allDigits, long nibbles) {
    long outcomes = 0;
    int shift = 0;
    int sevenDr = UNEVALUATED;
    for (long left = formats; left != 0; left &= left - 1) {
      int ordinal = Long.numberOfTrailingZeros(left);
      IdentifierFormat format = FORMATS[ordinal];
      int evaluation;
      if ((SEVEN_DR_FAMILY & 1L << ordinal) != 0) {
        // Every candidate of the family checks the same digits by the same rule: compute it once.
        if (sevenDr == UNEVALUATED) {
          sevenDr = evaluate(format, v, n, allDigits, nibbles);
        }
        evaluation = sevenDr;
      } else {
        evaluation = evaluate(format, v, n, allDigits, nibbles);
      }
      outcomes |= (long) outcomeCode(evaluation) << shift;
      shift += 4;
    }
    return outcomes;
  }

  /** Ranks the readings of {@link #outcomes} and decides the verdict (see {@link #match}). */
  private static long rank(long formats, long outcomes, IdentifyContext context) {
    @Nullable Carrier hint = context.hint();
    int[] rank = context.readingRanks();
    long sorted = 0;
    int count = 0;
    boolean hinted = false;
    int shift = 0;
    for (long left = formats; left != 0; left &= left - 1, shift += 4) {
      int ordinal = Long.numberOfTrailingZeros(left);
      int evaluation = (int) (outcomes >>> shift & 0xF) + IdentifierFormat.NO_MATCH;
      if (evaluation == IdentifierFormat.NO_MATCH) {
        continue;
      }
      int reading = Reading.index(ordinal, evaluation);
      hinted |= FORMATS[ordinal].carrier() == hint;
      int readingRank = rank[reading];
      int at = count;
      while (at > 0 && rank[Identification.readingAt(sorted, at - 1)] > readingRank) {
        at--;
      }
      long before = at == 0 ? 0 : sorted & (-1L >>> (Long.SIZE - Byte.SIZE * at));
      sorted = before | (sorted & ~before) << Byte.SIZE | (long) (reading + 1) << (Byte.SIZE * at);
      count++;
    }
    int verified = 0;
    int failed = 0;
    int formatOnly = 0;
    int chosen = -1;
    for (int i = 0; i < count; i++) {
      Reading r = Reading.at(Identification.readingAt(sorted, i));
      if (hinted && r.carrier() != hint) {
        continue;
      }
      CheckStatus status = r.checkStatus();
      if (status == CheckStatus.FAILS) {
        failed++;
        continue;
      }
      if (status == CheckStatus.HOLDS) {
        verified++;
      } else {
        formatOnly++;
      }
      if (chosen < 0) {
        chosen = i;
      }
    }
    int plausible = verified + formatOnly;
    Verdict verdict;
    if (plausible > 0 && (verified > 0 || failed == 0)) {
      verdict = plausible == 1 ? Verdict.VALID : Verdict.AMBIGUOUS;
    } else if (failed > 0) {
      verdict = Verdict.INVALID;
    } else {
      verdict = Verdict.UNKNOWN;
    }
    return Identification.pack(sorted, verdict, verdict == Verdict.VALID ? chosen : -1, plausible);
  }
}
