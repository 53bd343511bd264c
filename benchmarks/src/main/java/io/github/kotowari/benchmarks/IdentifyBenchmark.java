package io.github.kotowari.benchmarks;

import io.github.kotowari.benchmarks.corpus.IdentifyCorpus;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.carriers.NormalizedInput;
import io.github.kotowari.carriers.Verdict;
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
 * Identifying pasted numbers ({@code Identifier.identify}) over the 1,000-line corpus
 * ({@code identify-corpus.txt}, made by {@link IdentifyCorpus}), one input per operation in corpus
 * order, beside a {@code baseline} that only reads each input's characters once. Goal: at most 5×
 * the baseline, and 0 B/op on ASCII input.
 *
 * <ul>
 *   <li>{@code inputs=all}: every line, full-width digits and Japanese text included (the Node peer,
 *       {@code peer-node/identify-peer.js}, times the same lines);
 *   <li>{@code inputs=ascii}: only the lines that are pure ASCII (hyphens, spaces and lower case
 *       included);
 *   <li>{@code inputs=normalized}: the lines the normalizer accepts, as it returns them — numbers as
 *       another system stores them, already ASCII digits and upper-case letters.
 * </ul>
 *
 * <p>{@code identify} returns the {@link Identification} (the one object it allocates for
 * normalized input); {@code verdict} is {@code Identifier.verdict}, the allocation-free form for
 * normalized input; {@code normalize} is the first step alone.
 *
 * <p>The JVM gets a fixed heap of 512 MiB, touched before the first iteration ({@code -Xms512m
 * -Xmx512m -XX:+AlwaysPreTouch}). With the default heap (a quarter of the machine's memory) the
 * heap keeps growing while {@code identify} allocates, and on the virtual machines the figures come
 * from, first touches of fresh memory are slow: warm-up iterations then ran at 90 to 330 ns/op for
 * 1.5 s as a rule, and once, on the digit lines alone, for 9 s. With the touched heap only the start,
 * while the JIT compiles, is slow: in the suite's run of 2026-12-02 16:23 UTC every row was steady
 * by its fifth warm-up iteration of 0.4 s, within the 2.4 s of warm-up.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IdentifyBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IdentifyBenchmark {

  @Param({"all", "ascii", "normalized"})
  public String inputs;

  private String[] lines;
  private String[] corpus;
  private int next;

  /** Reads the corpus from the class path, keeping the ASCII lines only when asked. */
  @Setup
  public void setUp() {
    List<String> all = IdentifyCorpus.readResource(IdentifyCorpus.INPUTS);
    if (inputs.equals("normalized")) {
      lines = all.stream().map(InputNormalizer::normalize).filter(NormalizedInput::isAccepted)
          .map(NormalizedInput::value).toArray(String[]::new);
    } else {
      lines = all.stream()
          .filter(line -> inputs.equals("all") || isAscii(line))
          .toArray(String[]::new);
    }
  }

  /** Fresh copies of the lines for each iteration ({@link #freshCopies}). */
  @Setup(Level.Iteration)
  public void copyLines() {
    corpus = freshCopies(lines);
  }

  /**
   * New string objects with the same text as {@code lines}: the inputs of one iteration. A service
   * identifies text it has just received; lines made once at the start are old objects by the time
   * they are measured, and on the default collector (G1) {@code identify}, whose result keeps a
   * reference to its input, then fell into a slow state in most JVMs (48 to 59 ns/op in a probe,
   * against 33 to 38 ns/op with fresh copies, 2026-12-02). The read-once baseline reads the same copies.
   *
   * @param lines the corpus lines
   * @return a copy of each, in the same order
   */
  static String[] freshCopies(String[] lines) {
    String[] copies = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      copies[i] = new String(lines[i].toCharArray());
    }
    return copies;
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

  /** Kotowari, the verdict alone. */
  @Benchmark
  public Verdict verdict() {
    return Identifier.verdict(nextInput());
  }

  /** Normalization alone ({@code InputNormalizer.normalize}), the first step of every identification. */
  @Benchmark
  public boolean normalize() {
    return InputNormalizer.normalize(nextInput()).isAccepted();
  }

  /** Reads every character of the input once: the floor for any identification. */
  @Benchmark
  public int baseline() {
    return readOnce(nextInput());
  }

  /**
   * Whether {@code line} is pure ASCII: the lines of the {@code inputs=ascii} row.
   *
   * @param line a line of the corpus
   * @return true if every character is below U+0080
   */
  static boolean isAscii(String line) {
    return line.chars().allMatch(c -> c < 0x80);
  }

  /**
   * The read-once floor: the sum of the characters of {@code input}, each read once. Every
   * identification benchmark's {@code baseline} is this loop.
   */
  static int readOnce(String input) {
    int sum = 0;
    for (int i = 0; i < input.length(); i++) {
      sum += input.charAt(i);
    }
    return sum;
  }
}
