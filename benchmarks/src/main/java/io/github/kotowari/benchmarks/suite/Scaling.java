package io.github.kotowari.benchmarks.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The per-item view of size-parameterized benchmarks: for every benchmark with a parameter named
 * {@code lines} or {@code items}, the time per operation divided by that size, one column per size.
 * A flat row means linear scaling; a row falling as the size grows means a constant part dominates.
 */
public final class Scaling {

  /** Parameter names read as a size. */
  public static final List<String> SIZE_PARAMS = List.of("lines", "items");

  private Scaling() {}

  /**
   * Renders the per-item table, or an empty string when no benchmark has a size parameter.
   *
   * @param measured the measurements
   * @return a Markdown table of ns per item
   */
  public static String render(List<Measurement> measured) {
    Map<String, Map<Long, Double>> groups = new LinkedHashMap<>();
    TreeSet<Long> sizes = new TreeSet<>();
    for (Measurement m : measured) {
      String sizeKey = null;
      for (String candidate : SIZE_PARAMS) {
        if (m.params().containsKey(candidate)) {
          sizeKey = candidate;
        }
      }
      if (sizeKey == null) {
        continue;
      }
      long size;
      try {
        size = Long.parseLong(m.params().get(sizeKey));
      } catch (NumberFormatException e) {
        continue;
      }
      if (size <= 0) {
        continue;
      }
      StringJoiner others = new StringJoiner(" ");
      for (Map.Entry<String, String> p : m.params().entrySet()) {
        if (!p.getKey().equals(sizeKey)) {
          others.add(p.getKey() + "=" + p.getValue());
        }
      }
      String group = m.name() + "\t" + others;
      groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(size, m.nanosPerOp() / size);
      sizes.add(size);
    }
    if (groups.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("Benchmark", "Other params"));
    for (long size : sizes) {
      header.add(String.format(java.util.Locale.ROOT, "%,d", size));
    }
    out.append("| ").append(String.join(" | ", header)).append(" |\n");
    out.append("| --- | --- |").append(" ---: |".repeat(sizes.size())).append('\n');
    for (Map.Entry<String, Map<Long, Double>> group : groups.entrySet()) {
      String[] key = group.getKey().split("\t", -1);
      out.append("| ").append(key[0]).append(" | ").append(key[1]).append(" |");
      for (long size : sizes) {
        Double perItem = group.getValue().get(size);
        out.append(' ').append(perItem == null ? "" : Table.number(perItem)).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }
}
