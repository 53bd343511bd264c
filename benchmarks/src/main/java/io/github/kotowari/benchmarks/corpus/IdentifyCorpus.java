package io.github.kotowari.benchmarks.corpus;

import io.github.kotowari.carriers.CheckDigits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the identification corpus {@code identify-corpus.txt}: 1,000 inputs as people paste
 * them, mixed in realistic proportions, one per line, beside {@code identify-corpus-kinds.txt}, which
 * says line for line what the generator made (for the accuracy comparison; the benchmarks read only
 * the inputs).
 *
 * <p>Valid numbers get their check digit from the carriers module's {@link CheckDigits}; the kinds
 * ending in {@code -bad-check} carry a deliberately wrong one. The generator is deterministic (a
 * {@link Random} with a fixed seed; the JDK specifies its algorithm), so rerunning it reproduces the
 * committed files byte for byte, which {@code IdentifyCorpusTest} checks:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kotowari.benchmarks.corpus.IdentifyCorpus \
 *     benchmarks/src/main/resources
 * </pre>
 */
public final class IdentifyCorpus {

  /** The corpus file name, on the class path and in {@code src/main/resources}. */
  public static final String INPUTS = "identify-corpus.txt";
  /** The parallel file naming what each line is. */
  public static final String KINDS = "identify-corpus-kinds.txt";

  static final long SEED = 20_261_201L;
  static final int SIZE = 1_000;

  private static final String DIGITS_FULL = "０１２３４５６７８９";
  private static final String[] S10_SERVICES = {"EA", "EB", "EE", "EJ", "RR", "RB", "RA", "CP", "CX", "LX", "LZ", "UA"};
  private static final String[] S10_OTHER_POSTS = {"US", "CN", "GB", "DE", "FR", "KR", "TW", "SG", "AU", "CA"};
  private static final String[] USPS_22_PREFIXES = {"92", "93", "94", "95"};
  private static final String[] UPS_SERVICES = {"03", "01", "02", "12", "13", "YW", "66"};
  private static final String[] GARBAGE_WORDS = {
      "hello", "order", "tracking", "n/a", "TBD", "注文番号", "お問い合わせ番号", "追跡番号なし", "test@example.com",
      "https://example.com/track", "0120-123-456", "03-1234-5678", "〒100-0001", "2026-12-01", "¥3,980",
      "null", "-", "?", "ヤマト運輸", "佐川急便", "RB12345678JP", "1Z", "ABCDEFGHIJKLMN", "ＡＢＣ１２３"};

  private final Random random = new Random(SEED);
  private final List<Line> lines = new ArrayList<>();

  /**
   * One corpus line.
   *
   * @param kind what the generator made, such as {@code jp12-hyphen} or {@code garbage-word}
   * @param input the text as pasted
   */
  public record Line(String kind, String input) {}

  private IdentifyCorpus() {}

  /**
   * Writes the two files into a directory.
   *
   * @param args the target directory (default {@code benchmarks/src/main/resources})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main/resources");
    List<Line> corpus = generate();
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(INPUTS), inputsText(corpus), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(KINDS), kindsText(corpus), StandardCharsets.UTF_8);
    System.out.println("wrote " + corpus.size() + " lines to " + directory.resolve(INPUTS));
  }

  /**
   * Generates the corpus.
   *
   * @return the lines, in corpus order
   */
  public static List<Line> generate() {
    IdentifyCorpus corpus = new IdentifyCorpus();
    corpus.fill();
    return List.copyOf(corpus.lines);
  }

  /**
   * Returns the inputs, one per line, each line ending with a newline: the content of {@link #INPUTS}.
   *
   * @param corpus the lines
   * @return the file's text
   */
  public static String inputsText(List<Line> corpus) {
    StringBuilder out = new StringBuilder();
    corpus.forEach(line -> out.append(line.input()).append('\n'));
    return out.toString();
  }

  /**
   * Returns the kinds, one per line: the content of {@link #KINDS}.
   *
   * @param corpus the lines
   * @return the file's text
   */
  public static String kindsText(List<Line> corpus) {
    StringBuilder out = new StringBuilder();
    corpus.forEach(line -> out.append(line.kind()).append('\n'));
    return out.toString();
  }

  /**
   * Reads a resource of this module's class path as lines.
   *
   * @param name {@link #INPUTS} or {@link #KINDS}
   * @return its lines, without the line ends
   * @throws UncheckedIOException if it cannot be read
   * @throws IllegalStateException if it is missing
   */
  public static List<String> readResource(String name) {
    try (InputStream in = IdentifyCorpus.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path; generate it with IdentifyCorpus");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return List.of(text.split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fill() {
    repeat(130, () -> add("jp12", japan12()));
    repeat(70, () -> add("jp12-hyphen", group(japan12(), "-", 4, 4, 4)));
    repeat(25, () -> add("jp12-space", group(japan12(), " ", 4, 4, 4)));
    repeat(30, () -> add("jp12-fullwidth", fullWidth(japan12())));
    repeat(20, () -> add("jp12-fullwidth-hyphen", fullWidth(group(japan12(), "－", 4, 4, 4))));
    repeat(10, () -> add("jp12-in-text", "お問い合わせ番号：" + group(japan12(), "-", 4, 4, 4)));
    repeat(10, () -> add("jp12-codabar", letter("AB") + japan12() + letter("AB")));
    repeat(30, () -> add("jp12-bad-check", badLast(japan12())));
    repeat(40, () -> add("jppost11", japanPost11()));
    repeat(20, () -> add("jppost11-hyphen", group(japanPost11(), "-", 3, 2, 5, 1)));
    repeat(45, () -> add("s10-jp", s10(pick(S10_SERVICES), "JP")));
    repeat(10, () -> add("s10-jp-lower-spaced", spacedS10(s10(pick(S10_SERVICES), "JP")).toLowerCase(Locale.ROOT)));
    repeat(35, () -> add("s10-other-post", s10(pick(S10_SERVICES), pick(S10_OTHER_POSTS))));
    repeat(10, () -> add("s10-bad-check", badCheckS10(s10(pick(S10_SERVICES), "JP"))));
    repeat(40, () -> add("dhl10", dhl(9)));
    repeat(10, () -> add("dhl11", dhl(10)));
    repeat(45, () -> add("fedex12", fedEx12()));
    repeat(10, () -> add("fedex12-space", group(fedEx12(), " ", 4, 4, 4)));
    repeat(30, () -> add("fedex15", gs1(digits(14))));
    repeat(30, () -> add("fedex22", fedEx22()));
    repeat(50, () -> add("ups", ups()));
    repeat(10, () -> add("ups-space", group(ups(), " ", 2, 3, 3, 2, 4, 4)));
    repeat(10, () -> add("ups-bad-check", badLast(ups())));
    repeat(25, () -> add("usps20", gs1(digits(19))));
    repeat(30, () -> add("usps22", gs1(pick(USPS_22_PREFIXES) + digits(19))));
    repeat(70, () -> add("amazon-order", digits(3) + "-" + digits(7) + "-" + digits(7)));
    repeat(15, () -> add("amazon-digital-order", "D01-" + digits(7) + "-" + digits(7)));
    repeat(10, () -> add("amazon-jp-da", "DA" + digits(10)));
    repeat(15, () -> add("amazon-tba", "TBA" + digits(9) + "000"));
    repeat(35, () -> add("garbage-word", pick(GARBAGE_WORDS)));
    repeat(55, () -> add("garbage-digits", digits(1 + random.nextInt(30))));
    repeat(25, () -> add("garbage-mixed", mixed(4 + random.nextInt(30))));
    if (lines.size() != SIZE) {
      throw new IllegalStateException("corpus has " + lines.size() + " lines, expected " + SIZE);
    }
    Collections.shuffle(lines, random);
  }

  private void repeat(int times, Runnable line) {
    for (int i = 0; i < times; i++) {
      line.run();
    }
  }

  private void add(String kind, String input) {
    lines.add(new Line(kind, input));
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String letter(String letters) {
    return String.valueOf(letters.charAt(random.nextInt(letters.length())));
  }

  private String digits(int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private String nonZeroDigit() {
    return String.valueOf((char) ('1' + random.nextInt(9)));
  }

  private String mixed(int count) {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-";
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** A 12-digit 7DR number (Yamato, Sagawa, Japan Post parcels): 11-digit body mod 7. */
  private String japan12() {
    String body = nonZeroDigit() + digits(10);
    return body + CheckDigits.sevenDr(body);
  }

  /** An 11-digit Japan Post registered-mail number: kind digit 1-8, 10-digit body mod 7. */
  private String japanPost11() {
    String body = (char) ('1' + random.nextInt(8)) + digits(9);
    return body + CheckDigits.sevenDr(body);
  }

  private String dhl(int bodyLength) {
    String body = nonZeroDigit() + digits(bodyLength - 1);
    return body + CheckDigits.dhlExpress(body);
  }

  private String fedEx12() {
    String body = nonZeroDigit() + digits(10);
    return body + CheckDigits.fedEx12(body);
  }

  /** FedEx Ground 96 (22 digits): only the last 14 data digits enter the GS1 mod 10. */
  private String fedEx22() {
    String tail = digits(14);
    return "96" + digits(5) + tail + CheckDigits.gs1Mod10(tail);
  }

  private String gs1(String body) {
    return body + CheckDigits.gs1Mod10(body);
  }

  private String s10(String service, String country) {
    String serial = digits(8);
    return service + serial + CheckDigits.s10(serial) + country;
  }

  private static String spacedS10(String s10) {
    return s10.substring(0, 2) + " " + s10.substring(2, 5) + " " + s10.substring(5, 8) + " "
        + s10.substring(8, 11) + " " + s10.substring(11);
  }

  private static String badCheckS10(String s10) {
    char check = s10.charAt(10);
    char wrong = (char) ('0' + (check - '0' + 3) % 10);
    return s10.substring(0, 10) + wrong + s10.substring(11);
  }

  private String ups() {
    String alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    StringBuilder body = new StringBuilder(15);
    for (int i = 0; i < 6; i++) {
      body.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    body.append(pick(UPS_SERVICES)).append(digits(7));
    return "1Z" + body + CheckDigits.ups(body);
  }

  /** Replaces the last character (a check digit) by a different digit. */
  private String badLast(String number) {
    char last = number.charAt(number.length() - 1);
    char wrong = (char) ('0' + (last - '0' + 1 + random.nextInt(9)) % 10);
    return number.substring(0, number.length() - 1) + wrong;
  }

  private static String group(String number, String separator, int... sizes) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(number, at, at + sizes[i]);
      at += sizes[i];
    }
    return out.toString();
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= '0' && c <= '9' ? DIGITS_FULL.charAt(c - '0') : c);
    }
    return out.toString();
  }
}
