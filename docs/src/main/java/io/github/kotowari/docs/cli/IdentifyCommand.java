package io.github.kotowari.docs.cli;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.Market;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kotowari identify NUMBER...} or {@code kotowari identify -}: what each number is (Amazon
 * order number, a carrier's tracking number, an Amazon delivery ID, perhaps a konbini payment
 * number), whether its check digit holds, every plausible candidate ranked, where to track it and
 * the carrier's official phone line.
 *
 * <p>With {@code -} the numbers are read from standard input, one per line, in bounded memory
 * ({@link IdentifyLineReader}): a line longer than {@value IdentifyLineReader#MAX_LINE_BYTES} bytes or
 * not in UTF-8 becomes an error row and reading goes on; blank lines are skipped (their numbers still
 * count); output is written and flushed every {@value #BATCH_ROWS} rows.
 *
 * <p>Exit codes: 0 when every input is valid or ambiguous; 1 when at least one is invalid, unknown or
 * an unreadable line (a negative answer, as for the other commands); 2 for bad arguments or when
 * standard input cannot be read. Errors are one line on standard error.
 */
@Command(name = "identify", mixinStandardHelpOptions = true,
    description = {"What a pasted number is: Amazon order number, carrier tracking number (carrier, service,",
        "check digit), Amazon delivery ID; every plausible candidate, ranked, and where to track it.",
        "Numbers are masked in the output unless --reveal. Use - to read one number per line from",
        "standard input (lines over 4096 bytes or not UTF-8 are reported and skipped).",
        "Exit code: 0 all valid or ambiguous, 1 some invalid or unknown, 2 bad arguments."})
final class IdentifyCommand implements Callable<Integer> {

  /** Rows written between two flushes. */
  static final int BATCH_ROWS = 1024;
  private static final int BATCH_CHARS = 1 << 16;

  static final String FORMATS = "text, tsv or json";
  static final String MARKETS = "amazon-jp, international or unspecified";
  static final String CARRIERS = carrierNames();
  /** The official main lines of the carriers module's default contact directory. */
  static final IdentifyContacts CONTACTS = IdentifyContacts.of(ContactDirectory.defaults());

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NUMBER", arity = "0..*",
      description = "Numbers as pasted (full-width digits, spaces and dashes are fine), or - for standard input.")
  List<String> numbers = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|tsv|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(names = "--lang", defaultValue = "en", paramLabel = "ja|en",
      description = "Language of names and reasons (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(names = "--market", defaultValue = "amazon-jp", paramLabel = "NAME",
      description = "Where the number comes from, which ranks the candidates: amazon-jp, international or "
          + "unspecified (default: ${DEFAULT-VALUE}).")
  String market = "amazon-jp";

  @Option(names = "--carrier", paramLabel = "NAME",
      description = "The carrier the shop named (yamato, sagawa, japan-post, ...): its readings decide.")
  @Nullable String carrier;

  @Option(names = "--unsourced", description = "Also report formats no public source describes (Seino, Fukuyama).")
  boolean unsourced;

  @Option(names = "--reveal", description = "Print numbers and tracking addresses in full (they are personal data).")
  boolean reveal;

  private final InputStream stdin;

  /** For picocli's default factory: reads {@code System.in}. */
  IdentifyCommand() {
    this(System.in);
  }

  IdentifyCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Language language = KonbiniCheckCommand.language(lang, err);
    if (language == null) {
      return 2;
    }
    IdentifyFormatter.Format chosen = switch (format) {
      case "text" -> IdentifyFormatter.Format.TEXT;
      case "tsv" -> IdentifyFormatter.Format.TSV;
      case "json" -> IdentifyFormatter.Format.JSON;
      default -> null;
    };
    if (chosen == null) {
      HolidaysCommand.fail("--format", FORMATS, format, err);
      return 2;
    }
    IdentifyContext context = context(err);
    if (context == null) {
      return 2;
    }
    boolean fromStdin = numbers.contains("-");
    if (numbers.isEmpty()) {
      err.println("kotowari: identify needs NUMBER...: one or more numbers, or - to read standard input");
      return 2;
    }
    if (fromStdin && numbers.size() > 1) {
      err.println("kotowari: NUMBER must be either numbers or a single - (standard input), not both");
      return 2;
    }
    IdentifyFormatter formatter = new IdentifyFormatter(chosen, language, reveal, CONTACTS);
    Batch batch = new Batch(out, formatter);
    if (!fromStdin) {
      long line = 0;
      for (String n : numbers) {
        line++;
        batch.add(IdentifyAnswer.of(line, Identifier.identify(n, context), context));
      }
      return batch.finish();
    }
    IdentifyLineReader reader = new IdentifyLineReader(stdin);
    try {
      for (IdentifyLineReader.Line l = reader.next(); l != null; l = reader.next()) {
        IdentifyLineReader.Problem problem = l.problem();
        String text = l.text();
        if (problem != null || text == null) {
          batch.add(IdentifyAnswer.error(l.number(), problem == null ? IdentifyLineReader.Problem.NOT_UTF8 : problem));
        } else if (!isBlank(text)) {
          batch.add(IdentifyAnswer.of(l.number(), Identifier.identify(text, context), context));
        }
      }
    } catch (IOException e) {
      batch.finish();
      err.println("kotowari: standard input could not be read: " + e.getClass().getSimpleName());
      return 2;
    }
    return batch.finish();
  }

  /** Whether the line has nothing but ASCII spaces and tabs. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private @Nullable IdentifyContext context(PrintWriter err) {
    Market m = switch (market) {
      case "amazon-jp" -> Market.AMAZON_JAPAN_DOMESTIC;
      case "international" -> Market.INTERNATIONAL;
      case "unspecified" -> Market.UNSPECIFIED;
      default -> null;
    };
    if (m == null) {
      HolidaysCommand.fail("--market", MARKETS, market, err);
      return null;
    }
    IdentifyContext context = IdentifyContext.of(m).withUnsourcedFormats(unsourced);
    String name = carrier;
    if (name != null) {
      Carrier hint = carrier(name);
      if (hint == null) {
        HolidaysCommand.fail("--carrier", CARRIERS, name, err);
        return null;
      }
      context = context.withCarrierHint(hint);
    }
    return context;
  }

  /** The carrier named on the command line ({@code japan-post} for {@code JAPAN_POST}), or null. */
  static @Nullable Carrier carrier(String name) {
    for (Carrier c : Carrier.values()) {
      if (cliName(c).equals(name)) {
        return c;
      }
    }
    return null;
  }

  static String cliName(Carrier c) {
    return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String carrierNames() {
    StringBuilder out = new StringBuilder();
    Carrier[] all = Carrier.values();
    for (int i = 0; i < all.length; i++) {
      out.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(cliName(all[i]));
    }
    return out.toString();
  }

  /** Collects rendered rows and writes them every {@link #BATCH_ROWS} rows; counts negative answers. */
  private static final class Batch {
    private final PrintWriter out;
    private final IdentifyFormatter formatter;
    private final StringBuilder buffer = new StringBuilder(BATCH_CHARS + 4096);
    private int rows;
    private boolean negative;

    Batch(PrintWriter out, IdentifyFormatter formatter) {
      this.out = out;
      this.formatter = formatter;
      formatter.begin(buffer);
    }

    void add(IdentifyAnswer answer) {
      formatter.row(buffer, answer);
      negative |= !answer.positive();
      if (++rows == BATCH_ROWS || buffer.length() >= BATCH_CHARS) {
        flush();
      }
    }

    private void flush() {
      out.print(buffer);
      out.flush();
      buffer.setLength(0);
      rows = 0;
    }

    int finish() {
      formatter.end(buffer);
      flush();
      return negative ? 1 : 0;
    }
  }
}
