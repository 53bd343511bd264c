package io.github.kotowari.benchmarks.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figures measured outside the JVM, read from a small tab-separated file that
 * {@code peer-node/identify-peer.js} writes. Lines starting with {@code #} are comments; the others
 * are
 *
 * <pre>
 * info    free text describing the environment (printed on the page)
 * result  target  label  nanosPerOp  error
 * </pre>
 *
 * <p>where {@code target} is the {@code Class.method} of the JMH benchmark the figure stands beside
 * (for example {@code IdentifyBenchmark.identify}), optionally followed by a space and its
 * parameters as the table prints them ({@code IdentifyBenchmark.identify inputs=all}), and {@code error} is the half-width of a 99.9%
 * confidence interval, or {@code NaN}.
 *
 * @param info the {@code info} lines
 * @param entries the {@code result} lines
 */
public record PeerResults(List<String> info, List<Entry> entries) {

  /** An empty set of results, for runs without the Node peer. */
  public static final PeerResults NONE = new PeerResults(List.of(), List.of());

  /** Copies the lists. */
  public PeerResults {
    info = List.copyOf(info);
    entries = List.copyOf(entries);
  }

  /**
   * One outside figure.
   *
   * @param target the JMH benchmark ({@code Class.method}) it stands beside
   * @param label what was measured, as printed in the reference column
   * @param nanosPerOp time per operation in nanoseconds
   * @param error half-width of its 99.9% confidence interval, NaN if unknown
   */
  public record Entry(String target, String label, double nanosPerOp, double error) {

    Measurement asMeasurement() {
      return new Measurement("", label, Map.of(), nanosPerOp, error, Double.NaN, Double.NaN);
    }
  }

  /**
   * Parses the file's text.
   *
   * @param text the file's content
   * @return the figures
   * @throws IllegalArgumentException naming the line that is neither a comment, {@code info} nor a
   *     well-formed {@code result}
   */
  public static PeerResults parse(String text) {
    List<String> info = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("info") && fields.length == 2) {
        info.add(fields[1]);
      } else if (fields[0].equals("result") && fields.length == 5) {
        try {
          entries.add(new Entry(fields[1], fields[2],
              Double.parseDouble(fields[3]), Double.parseDouble(fields[4])));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("peer results line " + (i + 1) + ": bad number", e);
        }
      } else {
        throw new IllegalArgumentException("peer results line " + (i + 1)
            + ": expected 'info<TAB>text' or 'result<TAB>target<TAB>label<TAB>ns<TAB>error'");
      }
    }
    return new PeerResults(info, entries);
  }

  /**
   * Reads the file, or returns {@link #NONE} when it does not exist.
   *
   * @param file the peer results file
   * @return the figures
   * @throws IOException if the file exists but cannot be read
   */
  public static PeerResults read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }
}
