package io.github.kotowari.benchmarks;

import io.github.kotowari.benchmarks.corpus.IdentifyCorpus;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.Identifier;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ASCII lines of {@link IdentifyBenchmark}'s {@code inputs=ascii} row, split by how they are
 * typed, each shape beside its own read-once {@code baseline}: what one kind of traffic costs, and
 * which shapes make up the mixed row's time. Every ASCII line of the corpus has exactly one shape
 * ({@link #shapeOf}):
 *
 * <ul>
 *   <li>{@code digits}: 1 to 15 ASCII digits and nothing else (7DR, DHL, FedEx 12 and 15, …);
 *   <li>{@code longDigits}: 16 or more ASCII digits and nothing else (Amazon order numbers, USPS,
 *       SSCC, …);
 *   <li>{@code letters}: ASCII digits and upper-case letters, at least one letter (S10, UPS, Amazon
 *       delivery IDs, …);
 *   <li>{@code separated}: digits with spaces or hyphens between them;
 *   <li>{@code other}: every other ASCII line (lower case, letters with separators, words).
 * </ul>
 *
 * <p>Settings as in {@link IdentifyBenchmark}, with one fork: these rows explain the mixed one and
 * are not a goal of their own.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IdentifyShapesBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IdentifyShapesBenchmark {

  /** The shapes, in the order of the class documentation. */
  static final List<String> SHAPES = List.of("digits", "longDigits", "letters", "separated", "other");

  @Param({"digits", "longDigits", "letters", "separated", "other"})
  public String shape;

  private String[] lines;
  private String[] corpus;
  private int next;

  /**
   * The shape of an ASCII line, one of {@link #SHAPES}.
   *
   * @param line a line of the corpus, ASCII only
   * @return its shape
   * @throws IllegalArgumentException if the line has a character outside ASCII
   */
  static String shapeOf(String line) {
    if (!IdentifyBenchmark.isAscii(line)) {
      throw new IllegalArgumentException("not an ASCII line: " + line);
    }
    if (line.matches("[0-9]{1,15}")) {
      return "digits";
    }
    if (line.matches("[0-9]{16,}")) {
      return "longDigits";
    }
    if (line.matches("[0-9A-Z]*[A-Z][0-9A-Z]*")) {
      return "letters";
    }
    if (line.matches("[0-9 -]*[0-9][0-9 -]*")) {
      return "separated";
    }
    return "other";
  }

  /** Reads the corpus from the class path, keeping the ASCII lines of this shape. */
  @Setup
  public void setUp() {
    lines = IdentifyCorpus.readResource(IdentifyCorpus.INPUTS).stream()
        .filter(line -> IdentifyBenchmark.isAscii(line) && shapeOf(line).equals(shape))
        .toArray(String[]::new);
    if (lines.length == 0) {
      throw new IllegalStateException("no ASCII line of shape " + shape + " in the corpus");
    }
  }

  /** Fresh copies of the lines for each iteration, as in {@link IdentifyBenchmark#freshCopies}. */
  @Setup(Level.Iteration)
  public void copyLines() {
    corpus = IdentifyBenchmark.freshCopies(lines);
  }

  private String nextInput() {
    String input = corpus[next];
    next = next + 1 == corpus.length ? 0 : next + 1;
    return input;
  }

  /** Kotowari: the whole identification. */
  @Benchmark
  public Identification identify() {
    return Identifier.identify(nextInput());
  }

  /**
   * Reads every character of the input once ({@link IdentifyBenchmark#readOnce}): the floor for any
   * identification of these lines.
   */
  @Benchmark
  public int baseline() {
    return IdentifyBenchmark.readOnce(nextInput());
  }
}
