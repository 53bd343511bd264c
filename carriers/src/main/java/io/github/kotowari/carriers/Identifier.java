package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.util.Arrays;
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
 * InputNormalizer}, bounded and linear), then matched against every {@link IdentifierFormat} with
 * allocation-free loops; see {@link Identification} for how the verdict is decided and {@link
 * Priors} for the ranking. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Identifier {
  private static final IdentifierFormat[] FORMATS = IdentifierFormat.values();
  /** The formats that can match a value of each length, in declaration order. */
  private static final IdentifierFormat[][] BY_LENGTH = byLength();

  private static IdentifierFormat[][] byLength() {
    IdentifierFormat[][] table = new IdentifierFormat[InputNormalizer.MAX_SIGNIFICANT_CHARS + 1][];
    for (int n = 0; n < table.length; n++) {
      int length = n;
      table[n] = Arrays.stream(FORMATS).filter(f -> f.canHaveLength(length)).toArray(IdentifierFormat[]::new);
    }
    return table;
  }
  private static final ImmutableList<Violation> NO_REASONS = ImmutableList.of();
  private static final ImmutableList<Violation> INVALID_REASONS = ImmutableList.of(
      Violation.builder(CarrierCodes.NO_CHECK_DIGIT_HOLDS).remedy(Remedy.of(CarrierCodes.RECHECK_DIGITS)).build());
  private static final ImmutableList<Violation> UNKNOWN_REASONS = ImmutableList.of(
      Violation.builder(CarrierCodes.UNKNOWN_FORMAT).remedy(Remedy.of(CarrierCodes.COPY_FROM_ORDER_HISTORY)).build());
  private static final Violation CODABAR = Violation.of(CarrierCodes.CODABAR_REMOVED);
  /** Indexed by the number of plausible readings. */
  private static final ImmutableList<ImmutableList<Violation>> AMBIGUOUS_REASONS = ambiguousReasons();

  private static ImmutableList<ImmutableList<Violation>> ambiguousReasons() {
    ImmutableList.Builder<ImmutableList<Violation>> out = ImmutableList.builder();
    for (int count = 0; count <= FORMATS.length; count++) {
      out.add(ImmutableList.of(Violation.builder(CarrierCodes.AMBIGUOUS)
          .with(CarrierCodes.COUNT, count).remedy(Remedy.of(CarrierCodes.CHECK_CARRIER_IN_ORDER)).build()));
    }
    return out.build();
  }

  /** Marks the shared 7DR evaluation as not yet computed; no {@link IdentifierFormat#evaluate} result. */
  private static final int UNEVALUATED = Integer.MIN_VALUE;

  private Identifier() {}

  private static ImmutableList<Violation> unknownReasons(NormalizedInput input) {
    return input.codabarRemoved()
        ? ImmutableList.<Violation>builder().add(CODABAR).addAll(UNKNOWN_REASONS).build() : UNKNOWN_REASONS;
  }

  /** A reading's rank: its carrier's weight times its confidence's, times the hint factor for the hint. */
  private static double score(Reading reading, Priors priors, Market market, @Nullable Carrier hint) {
    double score = priors.carrierWeight(market, reading.carrier()) * priors.confidenceWeight(reading.confidence());
    return reading.carrier() == hint ? score * priors.hintFactor() : score;
  }

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
   * @param text the text as pasted, not null; any length and content
   * @param context what is known about the number's origin
   * @return the identification, never null
   */
  public static Identification identify(CharSequence text, IdentifyContext context) {
    requireNonNull(text, "text");
    requireNonNull(context, "context");
    NormalizedInput input = InputNormalizer.normalize(text);
    if (!input.isAccepted()) {
      return new Identification(input, Verdict.UNKNOWN, ImmutableList.of(), ImmutableList.of(input.violation()), null);
    }
    String v = input.value();
    boolean allDigits = true;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        allDigits = false;
        break;
      }
    }
    Priors priors = context.priors();
    Market market = context.market();
    Carrier hint = context.hint();
    IdentifierFormat[] candidates = BY_LENGTH[v.length()];
    if (candidates.length == 0) {
      return new Identification(input, Verdict.UNKNOWN, ImmutableList.of(), unknownReasons(input), null);
    }
    Reading[] found = new Reading[candidates.length];
    int count = 0;
    boolean hinted = false;
    int sevenDr = UNEVALUATED;
    for (IdentifierFormat format : candidates) {
      if (!context.includes(format)) {
        continue;
      }
      int evaluation;
      if (format.isSevenDrFamily()) {
        // Every candidate of the family checks the same digits by the same rule: compute it once.
        if (sevenDr == UNEVALUATED) {
          sevenDr = format.evaluate(v, allDigits);
        }
        evaluation = sevenDr;
      } else {
        evaluation = format.evaluate(v, allDigits);
      }
      if (evaluation == IdentifierFormat.NO_MATCH) {
        continue;
      }
      Reading reading = Reading.of(format, evaluation);
      double score = score(reading, priors, market, hint);
      hinted |= format.carrier() == hint;
      int at = count;
      // The scores of the few readings already placed are recomputed rather than kept in an array.
      while (at > 0 && score(found[at - 1], priors, market, hint) < score) {
        found[at] = found[at - 1];
        at--;
      }
      found[at] = reading;
      count++;
    }
    int verified = 0;
    int failed = 0;
    int formatOnly = 0;
    @Nullable Reading chosen = null;
    for (int i = 0; i < count; i++) {
      Reading r = found[i];
      if (hinted && r.carrier() != hint) {
        continue;
      }
      switch (r.checkStatus()) {
        case HOLDS:
          verified++;
          break;
        case FAILS:
          failed++;
          continue;
        default:
          formatOnly++;
          break;
      }
      if (chosen == null) {
        chosen = r;
      }
    }
    int plausible = verified + formatOnly;
    Verdict verdict;
    ImmutableList<Violation> reasons;
    if (plausible > 0 && (verified > 0 || failed == 0)) {
      verdict = plausible == 1 ? Verdict.VALID : Verdict.AMBIGUOUS;
      reasons = plausible == 1 ? NO_REASONS : AMBIGUOUS_REASONS.get(plausible);
    } else if (failed > 0) {
      verdict = Verdict.INVALID;
      reasons = INVALID_REASONS;
    } else {
      verdict = Verdict.UNKNOWN;
      reasons = UNKNOWN_REASONS;
    }
    if (input.codabarRemoved()) {
      reasons = ImmutableList.<Violation>builder().add(CODABAR).addAll(reasons).build();
    }
    ImmutableList<Reading> readings = count == 0 ? ImmutableList.of()
        : count == 1 ? ImmutableList.of(found[0])
        : ImmutableList.copyOf(count == found.length ? found : Arrays.copyOf(found, count));
    return new Identification(input, verdict, readings, reasons, verdict == Verdict.VALID ? chosen : null);
  }
}
