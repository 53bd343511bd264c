package io.github.kotowari.benchmarks.corpus;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.IdentifierKind;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.Verdict;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Puts Kotowari's identification in the vocabulary of ts-tracking-number's courier codes, so the
 * two can be compared line by line: {@code ups}, {@code fedex}, {@code usps}, {@code dhl},
 * {@code amazon} (Amazon Logistics) and {@code s10} (any UPU S10 number, Japan Post's included);
 * what only Kotowari knows keeps its own name ({@code yamato}, {@code sagawa}, {@code japan-post},
 * {@code amazon-order}, ...). A valid identification gives its one label, an ambiguous one its
 * plausible readings' labels sorted and joined with {@code /}; invalid and unknown give
 * {@code -}, as the peer answers {@code undefined} for both.
 */
public final class IdentifyLabels {

  private IdentifyLabels() {}

  /**
   * Returns the label of an identification.
   *
   * @param identification Kotowari's answer
   * @return the label
   */
  public static String of(Identification identification) {
    Verdict verdict = identification.verdict();
    if (verdict == Verdict.VALID) {
      return identification.validReading().or(identification::best).map(IdentifyLabels::of).orElse("-");
    }
    if (verdict != Verdict.AMBIGUOUS) {
      return "-";
    }
    TreeSet<String> labels = new TreeSet<>();
    for (Reading reading : identification.readings()) {
      if (reading.isPlausible()) {
        labels.add(of(reading));
      }
    }
    return labels.isEmpty() ? "-" : String.join("/", labels);
  }

  /**
   * Returns the label of one reading.
   *
   * @param reading a reading
   * @return its label
   */
  public static String of(Reading reading) {
    Carrier carrier = reading.carrier();
    if (reading.kind() == IdentifierKind.ORDER_NUMBER) {
      return "amazon-order";
    }
    if (reading.format() == IdentifierFormat.JAPAN_POST_INTERNATIONAL || carrier == Carrier.UPU_POST) {
      return "s10";
    }
    if (reading.format() == IdentifierFormat.AMAZON_JAPAN_DELIVERY) {
      return "amazon-jp";
    }
    return carrier.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
