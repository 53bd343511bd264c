package io.github.kotowari.benchmarks.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accuracy beside speed: what each implementation answers for every corpus line, grouped by the
 * kind the corpus generator made, and the lines where the two disagree.
 *
 * <p>Answers are short labels in one vocabulary: ts-tracking-number's courier codes ({@code ups},
 * {@code fedex}, {@code usps}, {@code dhl}, {@code amazon}, {@code s10}, {@code ontrac}) and, for what
 * only Kotowari recognises, its own carrier names; {@code -} means "not recognised". Several
 * candidates are joined with {@code /} in a fixed order (never {@code |}, which would split a
 * Markdown cell).
 *
 * @param inputs the corpus lines
 * @param kinds the generator's kind of each line
 * @param ours Kotowari's label of each line
 * @param peer the peer's label of each line
 */
public record Accuracy(List<String> inputs, List<String> kinds, List<String> ours, List<String> peer) {

  /** The label of an input that is not recognised. */
  public static final String NONE = "-";

  /** At most this many disagreement patterns are listed. */
  static final int LISTED = 40;

  /** Checks that the four lists are parallel. */
  public Accuracy {
    inputs = List.copyOf(inputs);
    kinds = List.copyOf(kinds);
    ours = List.copyOf(ours);
    peer = List.copyOf(peer);
    if (kinds.size() != inputs.size() || ours.size() != inputs.size() || peer.size() != inputs.size()) {
      throw new IllegalArgumentException("inputs, kinds and both answers must have one entry per line: "
          + inputs.size() + ", " + kinds.size() + ", " + ours.size() + ", " + peer.size());
    }
  }

  /**
   * Returns how many lines an implementation recognised.
   *
   * @param answers {@link #ours()} or {@link #peer()}
   * @return the lines whose label is not {@link #NONE}
   */
  public static long recognised(List<String> answers) {
    return answers.stream().filter(a -> !a.equals(NONE)).count();
  }

  /**
   * Returns how many lines got the same label from both.
   *
   * @return the count of agreeing lines
   */
  public long agreeing() {
    long count = 0;
    for (int i = 0; i < inputs.size(); i++) {
      if (ours.get(i).equals(peer.get(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Tells whether two answers are compatible: equal, or the peer's single answer is one of the
   * candidates of an ambiguous answer of ours ({@code dhl} within {@code dhl/sagawa}).
   */
  static boolean compatible(String ours, String peer) {
    if (ours.equals(peer)) {
      return true;
    }
    if (peer.equals(NONE) || ours.equals(NONE)) {
      return false;
    }
    return List.of(ours.split("/")).contains(peer);
  }

  /**
   * Returns how many lines got compatible answers (see {@link #compatible(String, String)}).
   *
   * @return the count
   */
  public long compatibleLines() {
    long count = 0;
    for (int i = 0; i < inputs.size(); i++) {
      if (compatible(ours.get(i), peer.get(i))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Renders the summary, the per-kind table and the disagreement patterns as Markdown.
   *
   * @param oursName the first implementation's name
   * @param peerName the second implementation's name
   * @return the report
   */
  public String render(String oursName, String peerName) {
    int n = inputs.size();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Corpus of %,d lines: %s recognises %,d, %s recognises %,d;"
        + " the same answer on %,d lines, compatible answers (equal, or the peer's answer is one"
        + " candidate of an ambiguous answer) on %,d.%n%n",
        n, oursName, recognised(ours), peerName, recognised(peer), agreeing(), compatibleLines()));
    Map<String, List<Integer>> byKind = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byKind.computeIfAbsent(kinds.get(i), k -> new ArrayList<>()).add(i);
    }
    out.append("| Generated kind | Lines | ").append(oursName).append(" answers | ")
        .append(peerName).append(" answers | Same | Compatible |\n");
    out.append("| --- | ---: | --- | --- | ---: | ---: |\n");
    for (Map.Entry<String, List<Integer>> kind : byKind.entrySet()) {
      List<Integer> lines = kind.getValue();
      long same = lines.stream().filter(i -> ours.get(i).equals(peer.get(i))).count();
      long compatible = lines.stream().filter(i -> compatible(ours.get(i), peer.get(i))).count();
      out.append("| ").append(kind.getKey()).append(" | ").append(lines.size()).append(" | ")
          .append(histogram(ours, lines)).append(" | ").append(histogram(peer, lines)).append(" | ")
          .append(same).append(" | ").append(compatible).append(" |\n");
    }
    Map<String, List<Integer>> patterns = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (!compatible(ours.get(i), peer.get(i))) {
        String pattern = kinds.get(i) + " → " + oursName + " " + ours.get(i) + ", " + peerName + " " + peer.get(i);
        patterns.computeIfAbsent(pattern, p -> new ArrayList<>()).add(i);
      }
    }
    if (!patterns.isEmpty()) {
      out.append("\nIncompatible answers, by pattern (count, then the first line as an example):\n\n");
      int listed = 0;
      for (Map.Entry<String, List<Integer>> pattern : patterns.entrySet()) {
        if (listed++ == LISTED) {
          out.append("- … ").append(patterns.size() - LISTED).append(" more patterns\n");
          break;
        }
        int first = pattern.getValue().get(0);
        out.append("- ").append(pattern.getKey()).append(": ").append(pattern.getValue().size())
            .append(" (line ").append(first + 1).append(": `").append(inputs.get(first)).append("`)\n");
      }
    }
    return out.toString();
  }

  /** Labels by frequency, most frequent first: {@code fedex 40, - 5}. */
  static String histogram(List<String> answers, List<Integer> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i : lines) {
      counts.merge(answers.get(i), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort((a, b) -> b.getValue() != a.getValue().intValue()
        ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : sorted) {
      parts.add(entry.getKey() + " " + entry.getValue());
    }
    return String.join(", ", parts);
  }

  /**
   * Reads the peer's per-line dump ({@code line<TAB>courier code or -<TAB>name}) into labels.
   *
   * @param dump the dump's text
   * @param lines the corpus size
   * @return one label per corpus line
   * @throws IllegalArgumentException if a line is malformed or a corpus line is missing
   */
  public static List<String> readPeerDump(String dump, int lines) {
    String[] labels = new String[lines];
    for (String row : dump.split("\n")) {
      if (row.isBlank()) {
        continue;
      }
      String[] fields = row.split("\t", -1);
      if (fields.length < 2) {
        throw new IllegalArgumentException("peer dump row without a tab: " + row);
      }
      int line = Integer.parseInt(fields[0]);
      if (line < 1 || line > lines) {
        throw new IllegalArgumentException("peer dump names line " + line + " of a " + lines + "-line corpus");
      }
      labels[line - 1] = fields[1];
    }
    List<String> result = new ArrayList<>(lines);
    for (int i = 0; i < lines; i++) {
      if (labels[i] == null) {
        throw new IllegalArgumentException("peer dump lacks corpus line " + (i + 1));
      }
      result.add(labels[i]);
    }
    return result;
  }
}
