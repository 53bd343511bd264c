package io.github.kotowari.docs.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.Market;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.Verdict;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.Organization;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code kotowari identify}: the command against the carriers API and against rules computed here
 * from shared/domain/carriers.md (7DR, Japan Post 11-digit, DHL, FedEx 12, UPU S10, UPS), never from
 * the code's own output.
 */
class IdentifyCommandTest {

  record Result(int code, String out, String err) {
    List<String> lines() {
      return List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
  }

  static Result run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = KotowariCli.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(String... args) {
    return run(new byte[0], args);
  }

  // ------------------------------------------------------------ rules, computed from carriers.md

  /** §1.1/§1.2/§1.8: the body as a decimal integer modulo 7. */
  static int mod7(String body) {
    return (int) (Long.parseLong(body) % 7);
  }

  /** §1.9: weights 1, 3, 7 repeating from the rightmost of the 11 data digits; (Σ mod 11) mod 10. */
  static int fedex12(String body) {
    int[] w = {1, 3, 7};
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += (body.charAt(body.length() - 1 - i) - '0') * w[i % 3];
    }
    return sum % 11 % 10;
  }

  /** §1.3: weights 8 6 4 2 3 5 9 7; C = 11 − (S mod 11), 10 → 0, 11 → 5. */
  static int s10(String serial) {
    int[] w = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (serial.charAt(i) - '0') * w[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 0 : c == 11 ? 5 : c;
  }

  /** §1.7: the 15 characters after 1Z, letters (ASCII − 3) mod 10, odd indices ×2, (10 − Σ mod 10) mod 10. */
  static int ups(String fifteen) {
    int sum = 0;
    for (int i = 0; i < fifteen.length(); i++) {
      char c = fifteen.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : (c - 3) % 10;
      sum += i % 2 == 1 ? v * 2 : v;
    }
    return (10 - sum % 10) % 10;
  }

  /** One row of the table: the input and what carriers.md's rules say about it. */
  record Case(String input, String verdict, List<String> candidates, List<Integer> expected) {}

  static final String SEVEN_DR = "YAMATO:YAMATO_12,JAPAN_POST:JAPAN_POST_12,SAGAWA:SAGAWA_12";

  /**
   * A 12-digit body and last digit: 7DR (Yamato, Japan Post, Sagawa, ranked as Priors documents for
   * a domestic Amazon order: 1.0, 0.9, 0.8) and FedEx 12 (0.1).
   */
  static Case twelve(String body, int last) {
    boolean sevenDr = mod7(body) == last;
    boolean fedex = fedex12(body) == last;
    List<String> plausible = new ArrayList<>();
    if (sevenDr) {
      plausible.addAll(List.of(SEVEN_DR.split(",")));
    }
    if (fedex) {
      plausible.add("FEDEX:FEDEX_12");
    }
    String input = body + last;
    if (plausible.isEmpty()) {
      List<String> failed = new ArrayList<>(List.of(SEVEN_DR.split(",")));
      failed.add("FEDEX:FEDEX_12");
      int d = mod7(body);
      return new Case(input, "invalid", failed, List.of(d, d, d, fedex12(body)));
    }
    return new Case(input, plausible.size() == 1 ? "valid" : "ambiguous", plausible, List.of());
  }

  /**
   * An 11-digit number: Japan Post registered (0.9) and DHL Express (0.1) share the rule; Sagawa
   * 10/11 digits has no check digit (0.8 × format-only 0.5 = 0.4).
   */
  static Case eleven(String body, int last) {
    if (mod7(body) == last) {
      return new Case(body + last, "ambiguous",
          List.of("JAPAN_POST:JAPAN_POST_REGISTERED_11", "SAGAWA:SAGAWA_SHORT", "DHL:DHL_EXPRESS"), List.of());
    }
    return new Case(body + last, "invalid", List.of("JAPAN_POST:JAPAN_POST_REGISTERED_11", "DHL:DHL_EXPRESS"),
        List.of(mod7(body), mod7(body)));
  }

  static List<Case> table() {
    List<Case> cases = new ArrayList<>();
    // §1.1: real and published 7DR numbers, then the same with each wrong last digit.
    for (String n : List.of("443496171020", "435075176056", "443695344411", "444413758703", "405548424886",
        "512547514334", "123456789013", "200961185434", "974367662710", "000000000000")) {
      cases.add(twelve(n.substring(0, 11), n.charAt(11) - '0'));
    }
    for (int last = 0; last <= 9; last++) {
      cases.add(twelve("44349617102", last));
    }
    // §1.2: 131-12-38385-2 and every other last digit.
    for (int last = 0; last <= 9; last++) {
      cases.add(eleven("1311238385", last));
    }
    // §1.3: S10.
    int eg = s10("72508930");
    cases.add(new Case("EG72508930" + eg + "JP", "valid", List.of("JAPAN_POST:JAPAN_POST_INTERNATIONAL"), List.of()));
    cases.add(new Case("EG72508930" + (eg + 1) % 10 + "JP", "invalid", List.of("JAPAN_POST:JAPAN_POST_INTERNATIONAL"),
        List.of(eg)));
    cases.add(new Case("RB12345678" + s10("12345678") + "XX", "valid", List.of("UPU_POST:UPU_S10"), List.of()));
    cases.add(new Case("EE99435325" + s10("99435325") + "CN", "valid", List.of("UPU_POST:UPU_S10"), List.of()));
    // §1.7: UPS.
    String body = "879E93034683444";
    cases.add(new Case("1Z" + body + ups(body), "valid", List.of("UPS:UPS_1Z"), List.of()));
    cases.add(new Case("1Z" + body + (ups(body) + 5) % 10, "invalid", List.of("UPS:UPS_1Z"), List.of(ups(body))));
    // §1.5: Amazon, no check digits.
    cases.add(new Case("058-3563777-5518068", "valid", List.of("AMAZON:AMAZON_ORDER"), List.of()));
    cases.add(new Case("D01-1234567-1234567", "valid", List.of("AMAZON:AMAZON_DIGITAL_ORDER"), List.of()));
    cases.add(new Case("DA123456789", "valid", List.of("AMAZON:AMAZON_JAPAN_DELIVERY"), List.of()));
    cases.add(new Case("TBA123456789000", "valid", List.of("AMAZON:AMAZON_LOGISTICS"), List.of()));
    // Normalization: full-width digits and dashes, Codabar guards (§1.1, "Facts a library must get right").
    cases.add(new Case("１２３４ー５６７８ー９０１３", "ambiguous", List.of(SEVEN_DR.split(",")), List.of()));
    cases.add(new Case("A443496171020A", "ambiguous", List.of(SEVEN_DR.split(",")), List.of()));
    // Nothing known.
    cases.add(new Case("HELLO", "unknown", List.of(), List.of()));
    cases.add(new Case("123.456", "unknown", List.of(), List.of()));
    cases.add(new Case("1234567890123", "unknown", List.of(), List.of()));
    return cases;
  }

  static Map<String, String> row(List<String> header, String line) {
    String[] cells = line.split("\t", -1);
    assertEquals(header.size(), cells.length, line);
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i++) {
      row.put(header.get(i), cells[i]);
    }
    return row;
  }

  static List<String> candidates(IdentifyContext context, Identification id) {
    List<String> out = new ArrayList<>();
    for (Reading r : IdentifyAnswer.candidates(id, context)) {
      out.add(r.carrier().name() + ":" + r.format().name());
    }
    return out;
  }

  @Test
  void theCommandAgreesWithTheRulesAndWithTheApi() {
    List<Case> cases = table();
    String[] args = new String[cases.size() + 2];
    args[0] = "identify";
    args[1] = "--format=tsv";
    for (int i = 0; i < cases.size(); i++) {
      args[i + 2] = cases.get(i).input();
    }
    Result r = run(args);
    List<String> lines = r.lines();
    assertEquals(cases.size() + 1, lines.size(), r.out());
    List<String> header = List.of(lines.get(0).split("\t"));
    IdentifyContext domestic = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC);
    boolean negative = false;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Map<String, String> row = row(header, lines.get(i + 1));
      String what = c.input() + " → " + row;
      // the rules
      assertEquals(String.valueOf(i + 1), row.get("line"), what);
      assertEquals(c.verdict(), row.get("verdict"), what);
      assertEquals(String.join(",", c.candidates()), row.get("candidates"), what);
      assertEquals(String.join(",", c.expected().stream().map(String::valueOf).toList()), row.get("expected"), what);
      if (c.candidates().size() == 1) {
        assertEquals(c.candidates().get(0), row.get("carrier") + ":" + row.get("service"), what);
      } else {
        assertEquals("", row.get("service"), "an ambiguous number is never assigned: " + what);
      }
      // the API
      Identification id = Identifier.identify(c.input(), domestic);
      assertEquals(id.verdict().name().toLowerCase(Locale.ROOT), row.get("verdict"), what);
      assertEquals(String.join(",", candidates(domestic, id)), row.get("candidates"), what);
      if (id.verdict() == Verdict.AMBIGUOUS) {
        assertTrue(id.reasons().stream().anyMatch(v -> v.reason().code().equals("carriers.ambiguous")
            && v.message(Locale.ENGLISH).contains(" " + c.candidates().size() + " ")),
            "the API counts the same candidates: " + what);
      }
      negative |= !(c.verdict().equals("valid") || c.verdict().equals("ambiguous"));
    }
    assertEquals(negative ? 1 : 0, r.code());
  }

  @Test
  void theCarrierHintDecidesAsTheApiDoes() {
    Result r = run("identify", "--format=tsv", "--carrier=sagawa", "443496171020");
    assertEquals(0, r.code(), r.err());
    Map<String, String> row = row(IdentifyFormatter.COLUMNS, r.lines().get(1));
    assertEquals("valid", row.get("verdict"));
    assertEquals("SAGAWA:SAGAWA_12", row.get("candidates"));
    IdentifyContext ctx = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(
        io.github.kotowari.carriers.Carrier.SAGAWA);
    assertEquals(Verdict.VALID, Identifier.identify("443496171020", ctx).verdict());
    assertEquals(io.github.kotowari.carriers.Carrier.SAGAWA,
        Identifier.identify("443496171020", ctx).validReading().orElseThrow().carrier());
  }

  @Test
  void theContactIsTheDirectorysMainLineOfTheOneCarrier() {
    Result r = run("identify", "--format=tsv", "--carrier=sagawa", "443496171020", "058-3563777-5518068",
        "443496171020");
    ContactDirectory directory = ContactDirectory.defaults();
    String sagawa = directory.mainContact(Organization.SAGAWA).phoneDisplay();
    String amazon = directory.mainContact(Organization.AMAZON_JAPAN).phoneDisplay();
    assertTrue(row(IdentifyFormatter.COLUMNS, r.lines().get(1)).get("contact").contains(sagawa), r.out());
    assertTrue(row(IdentifyFormatter.COLUMNS, r.lines().get(2)).get("contact").contains(amazon), r.out());
    Result ambiguous = run("identify", "--format=tsv", "443496171020");
    assertEquals("", row(IdentifyFormatter.COLUMNS, ambiguous.lines().get(1)).get("contact"),
        "no single carrier, no single contact");
    Result text = run("identify", "443496171020");
    for (Organization o : List.of(Organization.YAMATO, Organization.JAPAN_POST, Organization.SAGAWA)) {
      assertTrue(text.out().contains("call: " + o.display(Locale.ENGLISH)), text.out());
      assertTrue(text.out().contains(directory.mainContact(o).phoneDisplay()), text.out());
    }
    Result dhl = run("identify", "--format=tsv", "--carrier=dhl", "1311238385" + 2);
    assertEquals("", row(IdentifyFormatter.COLUMNS, dhl.lines().get(1)).get("contact"), "DHL is not in the directory");
  }

  @Test
  void theToolListsIdentifyAndItsHelpNamesTheExitCodes() {
    assertTrue(run("--help").out().contains("identify"));
    Result help = run("identify", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--reveal") && help.out().contains("Exit code: 0 all valid or ambiguous"), help.out());
  }

  @Test
  void theTsvHeaderNamesTheDocumentedColumns() {
    Result r = run("identify", "--format=tsv", "443496171020", "HELLO");
    assertEquals("line\tnumber\tkind\tverdict\tcarrier\tservice\tcandidates\texpected\tkonbini\turl\tcontact\treasons"
        + "\tmessage", r.lines().get(0));
    assertEquals(3, r.lines().size());
    for (String line : r.lines()) {
      assertEquals(13, line.split("\t", -1).length, line);
    }
    Map<String, String> unknown = row(IdentifyFormatter.COLUMNS, r.lines().get(2));
    assertEquals("unknown", unknown.get("kind"));
    assertEquals("carriers.unknown-format", unknown.get("reasons"));
  }

  @Test
  void numbersAreMaskedUnlessRevealed() {
    String number = "443496171020";
    for (String format : List.of("text", "tsv", "json")) {
      Result masked = run("identify", "--format=" + format, number, "058-3563777-5518068", "EG725089303JP");
      assertFalse(masked.out().contains("44349617"), masked.out());
      assertFalse(masked.out().contains("4434-9617"), masked.out());
      assertFalse(masked.out().contains("3563777"), masked.out());
      assertFalse(masked.out().contains("725089"), masked.out());
      assertTrue(masked.out().contains("****-****-1020"), masked.out());
      assertTrue(masked.out().contains("reqCodeNo1=*********03JP&"), "the address is masked too: " + masked.out());
      Result revealed = run("identify", "--reveal", "--format=" + format, number, "EG725089303JP");
      assertTrue(revealed.out().contains("4434-9617-1020"), revealed.out());
      assertTrue(revealed.out().contains("reqCodeNo1=EG725089303JP&"), revealed.out());
    }
    // The same mask as the API's toString: the last four characters at most.
    Identification id = Identifier.identify(number);
    assertTrue(id.toString().contains(IdentifyFormatter.mask(number)), id.toString());
    assertEquals("**34", IdentifyFormatter.mask("1234"));
    assertEquals("*********03JP", IdentifyFormatter.mask("EG725089303JP"));
  }

  @Test
  void badArgumentsGiveOneLineNamingTheArgumentAndExitTwo() {
    List<List<String>> bad = List.of(
        List.of("identify", "--format=xml", "1"),
        List.of("identify", "--lang=fr", "1"),
        List.of("identify", "--market=mars", "1"),
        List.of("identify", "--carrier=kuroneko", "1"),
        List.of("identify"),
        List.of("identify", "-", "443496171020"),
        List.of("identify", "--no-such-option", "1"));
    List<String> named = List.of("--format", "--lang", "--market", "--carrier", "NUMBER", "NUMBER", "--no-such-option");
    for (int i = 0; i < bad.size(); i++) {
      Result r = run(bad.get(i).toArray(String[]::new));
      assertEquals(2, r.code(), bad.get(i) + ": " + r.err());
      assertEquals("", r.out());
      String first = r.err().lines().findFirst().orElse("");
      assertTrue(first.startsWith("kotowari: "), r.err());
      assertTrue(first.contains(named.get(i)), r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }
    Result format = run("identify", "--format=xml", "1");
    assertEquals("kotowari: --format must be text, tsv or json; got 'xml'\n", format.err());
  }

  @Test
  void standardInputSurvivesAnOverlongLineAndBinaryGarbage() {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("443496171020\r\n".getBytes(UTF_8));                          // 1 CRLF
    in.writeBytes(("1".repeat(IdentifyLineReader.MAX_LINE_BYTES + 1) + "\n").getBytes(UTF_8)); // 2 too long
    in.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 0x28, '\n'});  // 3 not UTF-8
    in.writeBytes(new byte[] {'1', 0x00, '2', 0x07, '\n'});                      // 4 UTF-8 with controls
    in.writeBytes("   \n".getBytes(UTF_8));                                       // 5 blank: skipped
    in.writeBytes((" ".repeat(IdentifyLineReader.MAX_LINE_BYTES - 12) + "443496171020\n").getBytes(UTF_8)); // 6
    in.writeBytes(new byte[] {(byte) 0xE3, (byte) 0x81});                        // 7 truncated, no newline
    Result r = run(in.toByteArray(), "identify", "-", "--format=tsv");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.err());
    List<String> lines = r.lines();
    assertEquals(7, lines.size(), r.out());
    Map<String, String> crlf = row(IdentifyFormatter.COLUMNS, lines.get(1));
    assertEquals("1", crlf.get("line"));
    assertEquals("ambiguous", crlf.get("verdict"));
    Map<String, String> tooLong = row(IdentifyFormatter.COLUMNS, lines.get(2));
    assertEquals(List.of("2", "error", "unknown", "cli.line-too-long"),
        List.of(tooLong.get("line"), tooLong.get("kind"), tooLong.get("verdict"), tooLong.get("reasons")));
    Map<String, String> binary = row(IdentifyFormatter.COLUMNS, lines.get(3));
    assertEquals(List.of("3", "error", "cli.not-utf8"), List.of(binary.get("line"), binary.get("kind"),
        binary.get("reasons")));
    Map<String, String> controls = row(IdentifyFormatter.COLUMNS, lines.get(4));
    assertEquals(List.of("4", "unknown", "carriers.input-unexpected-character"),
        List.of(controls.get("line"), controls.get("verdict"), controls.get("reasons")));
    // exactly at the bound: read, then rejected by the API's own bound (1,024 characters)
    Map<String, String> atBound = row(IdentifyFormatter.COLUMNS, lines.get(5));
    assertEquals(List.of("6", "unknown", "carriers.input-too-long"),
        List.of(atBound.get("line"), atBound.get("verdict"), atBound.get("reasons")));
    Map<String, String> truncated = row(IdentifyFormatter.COLUMNS, lines.get(6));
    assertEquals(List.of("7", "error", "cli.not-utf8"), List.of(truncated.get("line"), truncated.get("kind"),
        truncated.get("reasons")));
  }

  @Test
  void manyLinesAreWrittenInBatchesAndAllAnswered() {
    StringBuilder in = new StringBuilder();
    int n = IdentifyCommand.BATCH_ROWS * 3 + 7;
    for (int i = 0; i < n; i++) {
      in.append(i % 2 == 0 ? "443496171020" : "058-3563777-5518068").append('\n');
    }
    Result r = run(in.toString().getBytes(UTF_8), "identify", "-", "--format=tsv");
    assertEquals(0, r.code(), r.err());
    assertEquals(n + 1, r.lines().size());
    assertEquals(String.valueOf(n), r.lines().get(n).split("\t")[0]);
  }

  @Test
  void theJsonIsWellFormedAndSaysWhatTheTsvSays() {
    byte[] in = "443496171020\nEG725089303JP\n443496171021\n\u0001\n".getBytes(UTF_8);
    ByteArrayOutputStream withGarbage = new ByteArrayOutputStream();
    withGarbage.writeBytes(in);
    withGarbage.writeBytes(new byte[] {(byte) 0xC0, '"', '\\', '\n'});
    for (String lang : List.of("en", "ja")) {
      Result json = run(withGarbage.toByteArray(), "identify", "-", "--format=json", "--lang=" + lang);
      Result tsv = run(withGarbage.toByteArray(), "identify", "-", "--format=tsv", "--lang=" + lang);
      Object parsed = new Json(json.out()).document();
      assertTrue(parsed instanceof List<?>, json.out());
      List<?> rows = (List<?>) parsed;
      assertEquals(tsv.lines().size() - 1, rows.size());
      for (int i = 0; i < rows.size(); i++) {
        Map<?, ?> o = (Map<?, ?>) rows.get(i);
        Map<String, String> t = row(IdentifyFormatter.COLUMNS, tsv.lines().get(i + 1));
        assertEquals(Long.parseLong(t.get("line")), ((Number) o.get("line")).longValue());
        assertEquals(t.get("verdict"), o.get("verdict"));
        assertEquals(t.get("kind"), o.get("kind"));
        List<String> candidates = new ArrayList<>();
        for (Object c : (List<?>) o.get("candidates")) {
          Map<?, ?> m = (Map<?, ?>) c;
          candidates.add(m.get("carrier") + ":" + m.get("service"));
          assertEquals(candidates.size(), ((Number) m.get("rank")).intValue());
        }
        assertEquals(t.get("candidates"), String.join(",", candidates));
        assertTrue(((List<?>) o.get("reasons")).size() + candidates.size() > 0, o.toString());
      }
      assertEquals(List.of(), new Json(run("identify", "-", "--format=json").out()).document(), "no input, empty array");
    }
  }

  /** A small strict JSON parser: enough to prove the output is one well-formed document. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object document() {
      Object v = value();
      space();
      assertEquals(s.length(), i, "trailing text after the JSON document");
      return v == null ? "null" : v;
    }

    private void space() {
      while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    private void expect(char c) {
      space();
      assertTrue(i < s.length() && s.charAt(i) == c, "expected '" + c + "' at " + i);
      i++;
    }

    private @Nullable Object value() {
      space();
      assertTrue(i < s.length(), "unexpected end");
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        i++;
        space();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        do {
          space();
          String key = string();
          expect(':');
          assertFalse(m.containsKey(key), "duplicate key " + key);
          m.put(key, value());
          space();
        } while (s.charAt(i++) == ',');
        assertEquals('}', s.charAt(i - 1), "object not closed at " + i);
        return m;
      }
      if (c == '[') {
        List<@Nullable Object> l = new ArrayList<>();
        i++;
        space();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        do {
          l.add(value());
          space();
        } while (s.charAt(i++) == ',');
        assertEquals(']', s.charAt(i - 1), "array not closed at " + i);
        return l;
      }
      if (c == '"') {
        return string();
      }
      for (String word : List.of("true", "false", "null")) {
        if (s.startsWith(word, i)) {
          i += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = i;
      while (i < s.length() && "-+.eE0123456789".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      assertTrue(i > start, "unexpected character at " + i);
      return Double.valueOf(s.substring(start, i));
    }

    private String string() {
      assertEquals('"', s.charAt(i), "string expected at " + i);
      i++;
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        assertTrue(c >= 0x20, "raw control character in a string at " + i);
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> throw new AssertionError("bad escape at " + i);
          }
        } else {
          out.append(c);
        }
      }
    }
  }
}
