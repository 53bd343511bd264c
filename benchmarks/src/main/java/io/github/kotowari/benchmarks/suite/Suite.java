package io.github.kotowari.benchmarks.suite;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import io.github.kotowari.benchmarks.corpus.IdentifyCorpus;
import io.github.kotowari.benchmarks.corpus.IdentifyLabels;
import io.github.kotowari.carriers.Identifier;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Version;

/**
 * Runs the whole JMH suite with the GC profiler, prints one comparison table and writes the
 * performance page. {@code benchmarks/run.sh} calls it after building and running the Node peer:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kotowari.benchmarks.suite.Suite \
 *     [--quick] [--include REGEX]... [--peer FILE] [--peer-dump FILE] [--page FILE] [--command TEXT] \
 *     [--started EPOCH_SECONDS] [--log FILE]
 * </pre>
 *
 * <p>Full runs use 1 fork (3 for the benchmarks of {@link #FORKS}), 6 warm-up (10 for the classes
 * of {@link #SLOW_TO_WARM}) and 5 measured iterations of 0.4 s each (six to eight seconds per
 * benchmark, parameter combination and fork with the JVM's start; the whole command takes some 14
 * minutes on two cores, under the 15 it is allowed); {@code --quick} uses 1 warm-up and 3 measured
 * iterations of 0.1 s, only to check that everything runs. {@code IdentifyBenchmark.identify}
 * starts at 90–450 ns/op for two reasons: the JIT's queue (half a second to two seconds on two
 * cores) and, with an uncapped heap, the heap's growth, whose fresh pages are slow to touch on the
 * virtual machines the figures come from (1.5 s as a rule, once 9 s on the digit lines alone). The
 * benchmark classes that do not set a heap of their own therefore run with a fixed, pre-touched heap
 * of 512 MiB (the arguments of their {@code @Fork}), which leaves only the JIT's start: in the run of 2026-12-02 at 16:23 UTC every such benchmark
 * was within its steady range by its fifth warm-up iteration of 0.4 s at the latest, within the
 * 2.4 s of warm-up.
 */
public final class Suite {

  static final String DEFAULT_INCLUDE = "io\\.github\\.kotowari\\.benchmarks\\..*";

  private Suite() {}

  /** The settings of one run, from the command line. */
  static final class Settings {
    boolean quick;
    final List<String> includes = new ArrayList<>();
    Path peer = Path.of("benchmarks/target/peer-node.tsv");
    Path peerDump = Path.of("benchmarks/target/peer-node-classification.tsv");
    Path page;
    Path log = Path.of("benchmarks/target/jmh-run.log");
    Path json = Path.of("benchmarks/target/jmh-result.json");
    String command = "benchmarks/run.sh";
    long startedEpochSecond = System.currentTimeMillis() / 1000;

    /** The usual warm-up iterations: 6, or 1 in quick runs. */
    int warmupIterations() {
      return quick ? 1 : 6;
    }

    /** The warm-up iterations for a benchmark class: more for those of {@link #SLOW_TO_WARM}. */
    int warmupIterations(String benchmarkClass) {
      return !quick && SLOW_TO_WARM.contains(benchmarkClass) ? 10 : warmupIterations();
    }

    /** The forks for a benchmark ({@code Class.method}): 1 in quick runs; see {@link #FORKS}. */
    int forks(String benchmark) {
      return quick ? 1 : FORKS.getOrDefault(benchmark, 1);
    }

    int measurementIterations() {
      return quick ? 3 : 5;
    }

    TimeValue iterationTime() {
      return TimeValue.milliseconds(quick ? 100 : 400);
    }

    static Settings parse(String[] args) {
      Settings settings = new Settings();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--quick" -> settings.quick = true;
          case "--include" -> settings.includes.add(value(args, ++i, arg));
          case "--peer" -> settings.peer = Path.of(value(args, ++i, arg));
          case "--peer-dump" -> settings.peerDump = Path.of(value(args, ++i, arg));
          case "--page" -> settings.page = Path.of(value(args, ++i, arg));
          case "--log" -> settings.log = Path.of(value(args, ++i, arg));
          case "--json" -> settings.json = Path.of(value(args, ++i, arg));
          case "--command" -> settings.command = value(args, ++i, arg);
          case "--started" -> settings.startedEpochSecond = Long.parseLong(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg + "; expected --quick,"
              + " --include REGEX, --peer FILE, --peer-dump FILE, --page FILE, --log FILE, --json FILE, --command TEXT,"
              + " --started EPOCH_SECONDS");
        }
      }
      if (settings.includes.isEmpty()) {
        settings.includes.add(DEFAULT_INCLUDE);
      }
      return settings;
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[index];
    }
  }

  /**
   * Runs the suite.
   *
   * @param args see the class comment
   * @throws Exception if JMH fails or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    String loadBefore = Machine.loadAverage();
    long start = System.nanoTime();
    List<Measurement> measured = run(settings);
    Duration jmhTime = Duration.ofNanos(System.nanoTime() - start);
    PeerResults peer = PeerResults.read(settings.peer);
    List<Row> rows = Comparison.rows(measured, peer.entries());
    String table = Table.render(rows);
    String scaling = Scaling.render(measured);
    System.out.println();
    System.out.print(table);
    if (!scaling.isEmpty()) {
      System.out.println();
      System.out.println("ns per line/item (flat = linear):");
      System.out.print(scaling);
    }
    String accuracy = accuracy(settings.peerDump);
    System.out.println();
    System.out.println("Identification accuracy on the corpus:");
    System.out.print(accuracy);
    Duration total = Duration.ofSeconds(System.currentTimeMillis() / 1000 - settings.startedEpochSecond);
    System.out.printf(Locale.ROOT, "%nJMH %s, total run time %s (load average %s before, %s after)%n",
        minutes(jmhTime), minutes(total), loadBefore, Machine.loadAverage());
    if (settings.page != null) {
      String page = page(settings, peer, table, scaling, accuracy, jmhTime, total, loadBefore, Machine.loadAverage());
      Files.createDirectories(settings.page.toAbsolutePath().getParent());
      Files.writeString(settings.page, page, StandardCharsets.UTF_8);
      System.out.println("wrote " + settings.page);
    }
  }

  /**
   * Runs the included benchmarks: first every benchmark with one fork and the usual warm-up, then
   * each class of {@link #SLOW_TO_WARM} with its longer warm-up, then the benchmarks of {@link
   * #FORKS} in {@link #forkRounds rounds} of one JVM each, whose results are {@link #merged} as if
   * JMH had forked them in one run. The measurements come back ordered by class and method, as one
   * run would order them.
   */
  static List<Measurement> run(Settings settings) throws IOException, RunnerException {
    Files.createDirectories(settings.log.toAbsolutePath().getParent());
    System.out.println("JMH " + Version.getPlainVersion() + ", full log in " + settings.log);
    long start = System.nanoTime();
    List<Measurement> measured = new ArrayList<>();
    ChainedOptionsBuilder rest = options(settings, settings.json, settings.warmupIterations());
    for (String include : settings.includes) {
      rest.include(include);
    }
    for (String benchmark : FORKS.keySet()) {
      rest.exclude(benchmarkPattern(benchmark));
    }
    for (String benchmarkClass : SLOW_TO_WARM) {
      rest.exclude(classPattern(benchmarkClass));
    }
    List<RunResult> single = new ArrayList<>();
    int started = runInto(rest, settings.log, false, start, 0, single);
    for (String benchmarkClass : new TreeSet<>(SLOW_TO_WARM)) {
      Path json = settings.json.resolveSibling(benchmarkClass + "-" + settings.json.getFileName());
      ChainedOptionsBuilder options = options(settings, json, settings.warmupIterations(benchmarkClass));
      includeWithin(options, classPattern(benchmarkClass), settings.includes);
      started = runInto(options, settings.log, true, start, started, single);
    }
    for (RunResult result : single) {
      measured.add(measurement(result));
    }
    List<List<String>> rounds = forkRounds(settings);
    Map<String, List<RunResult>> forked = new LinkedHashMap<>();
    for (int round = 0; round < rounds.size(); round++) {
      Path json = settings.json.resolveSibling("fork-" + (round + 1) + "-" + settings.json.getFileName());
      ChainedOptionsBuilder options = options(settings, json, settings.warmupIterations());
      for (String benchmark : rounds.get(round)) {
        includeWithin(options, benchmarkPattern(benchmark), settings.includes);
      }
      List<RunResult> results = new ArrayList<>();
      started = runInto(options, settings.log, true, start, started, results);
      for (RunResult result : results) {
        forked.computeIfAbsent(key(result.getParams()), k -> new ArrayList<>()).add(result);
      }
    }
    for (List<RunResult> forks : forked.values()) {
      measured.add(measurement(merged(forks)));
    }
    measured.sort(Comparator.comparing(Measurement::benchmarkClass).thenComparing(Measurement::method));
    return measured;
  }

  /**
   * The JMH runs of the benchmarks of {@link #FORKS}: round r (from 0) measures, one JVM each, those
   * with more than r forks. A goal's two sides ({@code identify} and its {@code baseline}) are so
   * measured in turn, JVM after JVM, rather than all of one side's JVMs first: the machines the
   * figures come from go through slower and faster spells of a minute or more, which slow both
   * sides (in turns on 2026-12-02: identify 36–38 ns/op beside a baseline of 6.0–6.3 in one spell,
   * 56–60 beside 8.7–9.3 in another), and a ratio of one side's fast spell to the other's slow one
   * said 4.8× where either spell alone gave about 6×.
   */
  static List<List<String>> forkRounds(Settings settings) {
    int most = FORKS.keySet().stream().mapToInt(settings::forks).max().orElse(0);
    List<List<String>> rounds = new ArrayList<>();
    for (int round = 0; round < most; round++) {
      int r = round;
      rounds.add(FORKS.keySet().stream().sorted().filter(b -> settings.forks(b) > r).toList());
    }
    return rounds;
  }

  /** A benchmark and its parameters: what the rounds of {@link #forkRounds} measure once each. */
  static String key(BenchmarkParams params) {
    StringBuilder key = new StringBuilder(params.getBenchmark());
    for (String name : params.getParamsKeys()) {
      key.append(' ').append(name).append('=').append(params.getParam(name));
    }
    return key.toString();
  }

  /**
   * One result of the JVMs of one benchmark and parameters, each from its own run: JMH aggregates
   * their iterations as it does those of a run with that many forks.
   */
  static RunResult merged(List<RunResult> forks) {
    List<BenchmarkResult> all = new ArrayList<>();
    for (RunResult fork : forks) {
      all.addAll(fork.getBenchmarkResults());
    }
    return new RunResult(forks.get(0).getParams(), all);
  }

  /**
   * Includes what matches both {@code pattern} and one of {@code includes}: a lookahead, since JMH
   * ORs its includes.
   */
  private static void includeWithin(ChainedOptionsBuilder options, String pattern, List<String> includes) {
    for (String include : includes) {
      options.include("^(?=.*" + pattern + ").*(?:" + include + ")");
    }
  }

  /**
   * Benchmark classes whose largest inputs (10⁵ and 10⁶ order lines) need 10 warm-up iterations
   * instead of 6: at 10⁶ lines, Easy Rules' first violation took 10 to 20 µs per check until its
   * ninth iteration of 0.4 s and 1.2 µs after it (2026-12-02). They run in a JMH run of their own.
   */
  static final Set<String> SLOW_TO_WARM =
      Set.of("EligibilityBenchmark", "OrderBenchmark", "RuleSetBenchmark", "SplitBenchmark");

  private static String classPattern(String benchmarkClass) {
    return "\\." + benchmarkClass + "\\.";
  }

  /**
   * Benchmarks ({@code Class.method}) that a full run measures in more than one JVM, and in how
   * many. {@code IdentifyBenchmark.identify} runs in a fast or a slow state (37–48 or 57–75 ns/op
   * on the same jar) that differs from one JVM to the next and sometimes changes within one; one JVM
   * cannot tell which it caught, three give a mean over the states and an error that shows their
   * spread. Its baseline, the other half of the goal's ratio, gets as many, in turns with it (see
   * {@link #forkRounds}). The class's other methods ({@code verdict}, {@code normalize}) are not a
   * goal and keep one JVM, which holds the suite under 15 minutes.
   */
  static final Map<String, Integer> FORKS = Map.of("IdentifyBenchmark.identify", 3, "IdentifyBenchmark.baseline", 3);

  /** A pattern that finds the full name of {@code benchmark} ({@code Class.method}) and nothing else. */
  static String benchmarkPattern(String benchmark) {
    return "\\." + benchmark.replace(".", "\\.") + "$";
  }

  /** One JMH run's options: one JVM per benchmark, since {@link #forkRounds} gives the forks of {@link #FORKS}. */
  private static ChainedOptionsBuilder options(Settings settings, Path json, int warmupIterations) {
    return new OptionsBuilder()
        .mode(Mode.AverageTime)
        .timeUnit(TimeUnit.NANOSECONDS)
        .forks(1)
        .warmupIterations(warmupIterations)
        .warmupTime(settings.iterationTime())
        .measurementIterations(settings.measurementIterations())
        .measurementTime(settings.iterationTime())
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
  }

  /**
   * Runs {@code options}, logging to {@code log} (appended to, or started afresh) and numbering the
   * terminal's progress lines after the {@code started} benchmarks before; adds the measurements to
   * {@code results} and returns the new count. Includes that match nothing here are no error.
   */
  private static int runInto(ChainedOptionsBuilder options, Path log, boolean append, long start, int started,
      List<RunResult> results) throws IOException, RunnerException {
    try (PrintStream out = new PrintStream(new FileOutputStream(log.toFile(), append), true, StandardCharsets.UTF_8)) {
      Progress progress = new Progress(
          OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL), System.out, start, started);
      try {
        results.addAll(new Runner(options.build(), progress).run());
      } catch (NoBenchmarksException nothingMatched) {
        return started;
      }
      return progress.count();
    }
  }

  /** The accuracy report, or a line saying why there is none. */
  static String accuracy(Path peerDump) throws IOException {
    List<String> inputs = IdentifyCorpus.readResource(IdentifyCorpus.INPUTS);
    List<String> kinds = IdentifyCorpus.readResource(IdentifyCorpus.KINDS);
    List<String> ours = new ArrayList<>(inputs.size());
    for (String input : inputs) {
      ours.add(IdentifyLabels.of(Identifier.identify(input)));
    }
    if (!Files.isRegularFile(peerDump)) {
      return "No peer answers (" + peerDump + " is missing: the Node peer did not run). Kotowari recognises "
          + Accuracy.recognised(ours) + " of " + inputs.size() + " lines.\n";
    }
    List<String> peer = Accuracy.readPeerDump(Files.readString(peerDump, StandardCharsets.UTF_8), inputs.size());
    return new Accuracy(inputs, kinds, ours, peer).render("Kotowari", "ts-tracking-number");
  }

  static Measurement measurement(RunResult result) {
    BenchmarkParams params = result.getParams();
    String full = params.getBenchmark();
    int dot = full.lastIndexOf('.');
    String method = full.substring(dot + 1);
    String benchmarkClass = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : params.getParamsKeys()) {
      values.put(key, params.getParam(key));
    }
    Result<?> primary = result.getPrimaryResult();
    double scale = nanosPer(primary.getScoreUnit());
    double bytes = Double.NaN;
    double bytesError = Double.NaN;
    for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
        bytes = secondary.getValue().getScore();
        bytesError = secondary.getValue().getScoreError();
      }
    }
    return new Measurement(benchmarkClass, method, values,
        primary.getScore() * scale, primary.getScoreError() * scale, bytes, bytesError);
  }

  static double nanosPer(String unit) {
    return switch (unit) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> throw new IllegalStateException("unexpected unit " + unit + "; the suite runs AverageTime");
    };
  }

  /**
   * The fork counts of a run, as the page states them: "1 fork (3 for IdentifyBenchmark.baseline,
   * 3 for IdentifyBenchmark.identify)".
   */
  static String forks(Settings settings) {
    List<String> more = FORKS.keySet().stream().sorted().filter(c -> settings.forks(c) != 1)
        .map(c -> settings.forks(c) + " for " + c).toList();
    return more.isEmpty() ? "1 fork" : "1 fork (" + String.join(", ", more) + ")";
  }

  /** The warm-up iterations of a run, as the page states them: "6 (10 for EligibilityBenchmark, …)". */
  static String warmups(Settings settings) {
    List<String> more = SLOW_TO_WARM.stream().sorted()
        .filter(c -> settings.warmupIterations(c) != settings.warmupIterations())
        .toList();
    return settings.warmupIterations() + (more.isEmpty() ? ""
        : " (" + settings.warmupIterations(more.get(0)) + " for " + String.join(", ", more) + ")");
  }

  static String minutes(Duration duration) {
    long seconds = duration.getSeconds();
    return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  static String page(Settings settings, PeerResults peer, String table, String scaling, String accuracy,
      Duration jmhTime,
      Duration total, String loadBefore, String loadAfter) {
    String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
    StringBuilder page = new StringBuilder();
    page.append("# Performance\n\n")
        .append("<!-- Written by benchmarks/run.sh (io.github.kotowari.benchmarks.suite.Suite); ")
        .append("the next run replaces this page. Do not edit by hand. -->\n\n")
        .append("Measured ").append(when).append(" with `").append(settings.command).append("`")
        .append(settings.quick ? " (quick mode: too few iterations to be a measurement)" : "")
        .append(".\n\n")
        .append("## Machine and settings\n\n")
        .append("- CPU: ").append(Machine.cpu()).append(", ").append(Machine.cores())
        .append(" cores available to the JVM\n")
        .append("- OS: ").append(Machine.os()).append('\n')
        .append("- JDK: ").append(Machine.jdk()).append('\n');
    for (String info : peer.info()) {
      page.append("- Peer: ").append(info).append('\n');
    }
    page.append("- JMH ").append(Version.getPlainVersion()).append(", mode AverageTime, ").append(forks(settings))
        .append(", ")
        .append(warmups(settings)).append(" warm-up and ")
        .append(settings.measurementIterations()).append(" measured iterations of ")
        .append(settings.iterationTime()).append(", `-prof gc`\n")
        .append("- Load average (1 min) ").append(loadBefore).append(" before the JMH runs and ")
        .append(loadAfter).append(" after. The machine was shared: other builds ran on the same cores,")
        .append(" so the errors are wider than on an idle machine.\n")
        .append("- Run time: JMH ").append(minutes(jmhTime)).append(", whole command (build, Node peer, JMH) ")
        .append(minutes(total)).append('\n')
        .append("\n## How to read the table\n\n")
        .append("- *Ours ns/op* and *±*: average time per operation and the half-width of its 99.9% confidence")
        .append(" interval, as JMH reports them.\n")
        .append("- *B/op*: bytes allocated per operation (`gc.alloc.rate.norm` from `-prof gc`).\n")
        .append("- *Reference*: in one benchmark class and for the same parameters, methods named `baseline*`,")
        .append(" `peer*` or `easyRules*` are references; `baseline` alone stands beside every method of its class,")
        .append(" `baselineFoo` beside `foo` only. Rows whose reference has no class name were measured outside")
        .append(" the JVM (the Node peer, `benchmarks/peer-node`).\n")
        .append("- *Ours/Ref*: ours ÷ reference in time per operation (below 1: ours is faster; 0.05 means 20×")
        .append(" the reference's throughput), with the two relative errors combined in quadrature.\n")
        .append("\n## Results\n\n")
        .append(table);
    if (!scaling.isEmpty()) {
      page.append("\n## Time per line or item\n\n")
          .append("Ours ns/op divided by the size parameter (`lines` or `items`), one column per size, references")
          .append(" included. A flat row is linear scaling; a row that falls as the size grows has a constant part")
          .append(" that dominates at small sizes.\n\n")
          .append(scaling);
    }
    page.append("\n## Identification accuracy\n\n")
        .append("What Kotowari (`Identifier.identify`, no context) and ts-tracking-number (`getTracking`) answer for")
        .append(" each line of `benchmarks/src/main/resources/identify-corpus.txt`, grouped by the kind the corpus")
        .append(" generator (`IdentifyCorpus`) made. Answers use ts-tracking-number's courier codes; what only")
        .append(" Kotowari knows keeps its own name (`IdentifyLabels`); `a/b` is an ambiguous answer; `-` is")
        .append(" invalid or unknown.\n\n")
        .append(accuracy);
    return page.toString();
  }
}
