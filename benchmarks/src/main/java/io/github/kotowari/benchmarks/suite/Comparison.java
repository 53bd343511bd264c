package io.github.kotowari.benchmarks.suite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs measurements with their references by the naming convention of this package: in one class
 * and for equal parameters, {@code baseline*}, {@code peer*} and {@code easyRules*} methods are
 * references of the other methods; outside figures ({@link PeerResults.Entry}) name their partner.
 */
public final class Comparison {

  /** Method-name prefixes that mark a reference. */
  public static final List<String> REFERENCE_PREFIXES = List.of("baseline", "peer", "easyRules");

  private Comparison() {}

  /**
   * Tells whether a method is a reference: its name is a prefix alone, or a prefix followed by an
   * upper-case letter ({@code baselineIdentify}; {@code peerless} is not a reference).
   *
   * @param method a {@code @Benchmark} method name
   * @return true for a reference
   */
  public static boolean isReference(String method) {
    return prefixOf(method) != null;
  }

  private static @org.jspecify.annotations.Nullable String prefixOf(String method) {
    for (String prefix : REFERENCE_PREFIXES) {
      if (method.equals(prefix)
          || (method.startsWith(prefix) && Character.isUpperCase(method.charAt(prefix.length())))) {
        return prefix;
      }
    }
    return null;
  }

  /**
   * Tells whether {@code reference} stands beside {@code method}: it is generic (a prefix alone) or
   * names it ({@code baselineFoo} for {@code foo}).
   */
  static boolean references(String reference, String method) {
    String prefix = prefixOf(reference);
    if (prefix == null || isReference(method)) {
      return false;
    }
    if (reference.equals(prefix)) {
      return true;
    }
    String target = reference.substring(prefix.length());
    String decapitalized = target.substring(0, 1).toLowerCase(Locale.ROOT) + target.substring(1);
    return decapitalized.equals(method);
  }

  /**
   * Builds the table's rows: for every measurement of ours, one row per reference (or one row
   * without a reference), followed by the outside figures that name it; a reference that nothing
   * stands beside still gets its own row, so no measurement is dropped.
   *
   * @param measured the JMH measurements, in the order to print
   * @param outside figures measured outside the JVM
   * @return the rows, in print order
   */
  public static List<Row> rows(List<Measurement> measured, List<PeerResults.Entry> outside) {
    List<Row> rows = new ArrayList<>();
    Set<Measurement> used = new HashSet<>();
    for (Measurement ours : measured) {
      if (isReference(ours.method())) {
        continue;
      }
      boolean any = false;
      for (Measurement candidate : measured) {
        if (candidate.benchmarkClass().equals(ours.benchmarkClass())
            && candidate.params().equals(ours.params())
            && references(candidate.method(), ours.method())) {
          rows.add(new Row(ours, candidate.name(), candidate));
          used.add(candidate);
          any = true;
        }
      }
      any |= addOutside(rows, ours, outside);
      if (!any) {
        rows.add(new Row(ours, "", null));
      }
    }
    for (Measurement reference : measured) {
      if (isReference(reference.method())) {
        boolean any = addOutside(rows, reference, outside);
        if (!any && !used.contains(reference)) {
          rows.add(new Row(reference, "", null));
        }
      }
    }
    return rows;
  }

  private static boolean addOutside(List<Row> rows, Measurement ours, List<PeerResults.Entry> outside) {
    boolean any = false;
    for (PeerResults.Entry entry : outside) {
      if (entry.target().equals(ours.name())
          || entry.target().equals(ours.name() + " " + ours.paramsText())) {
        rows.add(new Row(ours, entry.label(), entry.asMeasurement()));
        any = true;
      }
    }
    return any;
  }
}
