package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately plain identification, kept as the reference the optimized {@link Identifier} is
 * compared with: every format is tried on every input (no length or letter tables, no shared
 * check-digit evaluation, no precomputed ranks or inclusion masks), readings are collected in a
 * list and sorted by a stable insertion on their scores, reasons are built afresh each call.
 */
final class IdentifierOracle {
  private IdentifierOracle() {}

  /** What the reference says {@link Identification}'s accessors must return. */
  record Expected(NormalizedInput input, Verdict verdict, ImmutableList<Reading> readings,
      ImmutableList<Violation> reasons, Optional<Reading> validReading) {}

  static Expected identify(CharSequence text, IdentifyContext context) {
    NormalizedInput input = InputNormalizer.normalize(text);
    if (!input.isAccepted()) {
      return new Expected(input, Verdict.UNKNOWN, ImmutableList.of(), ImmutableList.of(input.violation()),
          Optional.empty());
    }
    String v = input.value();
    boolean allDigits = v.chars().allMatch(c -> c >= '0' && c <= '9');
    Carrier hint = context.hint();
    List<Reading> found = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    boolean hinted = false;
    for (IdentifierFormat format : IdentifierFormat.values()) {
      boolean included = format.confidenceClass() != Confidence.UNSOURCED || context.unsourcedFormats()
          || context.carrierHint().equals(Optional.of(format.carrier()));
      if (!included || !format.canHaveLength(v.length())) {
        continue;
      }
      int evaluation = format.evaluate(v, allDigits);
      if (evaluation == IdentifierFormat.NO_MATCH) {
        continue;
      }
      Reading reading = Reading.of(format, evaluation);
      double score = context.priors().carrierWeight(context.market(), format.carrier())
          * context.priors().confidenceWeight(reading.confidence());
      if (format.carrier() == hint) {
        score *= context.priors().hintFactor();
        hinted = true;
      }
      int at = found.size();
      while (at > 0 && scores.get(at - 1) < score) {
        at--;
      }
      found.add(at, reading);
      scores.add(at, score);
    }
    int verified = 0;
    int failed = 0;
    int formatOnly = 0;
    @Nullable Reading chosen = null;
    for (Reading r : found) {
      if (hinted && r.carrier() != hint) {
        continue;
      }
      if (r.checkStatus() == CheckStatus.FAILS) {
        failed++;
        continue;
      }
      if (r.checkStatus() == CheckStatus.HOLDS) {
        verified++;
      } else {
        formatOnly++;
      }
      if (chosen == null) {
        chosen = r;
      }
    }
    int plausible = verified + formatOnly;
    Verdict verdict;
    List<Violation> reasons = new ArrayList<>();
    if (input.codabarRemoved()) {
      reasons.add(Violation.of(CarrierCodes.CODABAR_REMOVED));
    }
    if (plausible > 0 && (verified > 0 || failed == 0)) {
      verdict = plausible == 1 ? Verdict.VALID : Verdict.AMBIGUOUS;
      if (plausible > 1) {
        reasons.add(Violation.builder(CarrierCodes.AMBIGUOUS).with(CarrierCodes.COUNT, plausible)
            .remedy(Remedy.of(CarrierCodes.CHECK_CARRIER_IN_ORDER)).build());
      }
    } else if (failed > 0) {
      verdict = Verdict.INVALID;
      reasons.add(Violation.builder(CarrierCodes.NO_CHECK_DIGIT_HOLDS).remedy(Remedy.of(CarrierCodes.RECHECK_DIGITS))
          .build());
    } else {
      verdict = Verdict.UNKNOWN;
      reasons.add(Violation.builder(CarrierCodes.UNKNOWN_FORMAT).remedy(Remedy.of(CarrierCodes.COPY_FROM_ORDER_HISTORY))
          .build());
    }
    return new Expected(input, verdict, ImmutableList.copyOf(found), ImmutableList.copyOf(reasons),
        verdict == Verdict.VALID ? Optional.of(requireNonNull(chosen)) : Optional.empty());
  }
}
