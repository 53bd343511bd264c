package io.github.kotowari.docs.cli;

import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.CheckStatus;
import io.github.kotowari.carriers.Confidence;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.core.Language;
import io.github.kotowari.core.rule.Remedy;
import io.github.kotowari.core.rule.Violation;
import io.github.kotowari.konbini.store.PaymentNumberKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link IdentifyAnswer}s as text, TSV or JSON, appending to a {@link StringBuilder} so the
 * command can write and flush in batches. Numbers are masked (all letters and digits but the last
 * four at most, as the carriers module's {@code toString} does) unless {@code reveal} is set; the
 * tracking address is masked the same way. Messages come from the API's reason codes in the chosen
 * language.
 */
final class IdentifyFormatter {

  /** The output formats. */
  enum Format {
    /** Readable, several lines per input. */
    TEXT,
    /** A header line, then one tab-separated row per input. */
    TSV,
    /** One JSON array of objects, one per input. */
    JSON
  }

  /** The TSV columns, in order. */
  static final List<String> COLUMNS = List.of("line", "number", "kind", "verdict", "carrier", "service", "candidates",
      "expected", "konbini", "url", "contact", "reasons", "message");

  /** Reason code of a line longer than {@link IdentifyLineReader#MAX_LINE_BYTES}. */
  static final String LINE_TOO_LONG = "cli.line-too-long";
  /** Reason code of a line that is not UTF-8. */
  static final String NOT_UTF8 = "cli.not-utf8";

  private final Format format;
  private final Locale locale;
  private final boolean ja;
  private final boolean reveal;
  private final IdentifyContacts contacts;
  private boolean first = true;

  IdentifyFormatter(Format format, Language language, boolean reveal, IdentifyContacts contacts) {
    this.format = format;
    this.locale = language.locale();
    this.ja = language == Language.JAPANESE;
    this.reveal = reveal;
    this.contacts = contacts;
  }

  /** Appends what comes before the first row. */
  void begin(StringBuilder out) {
    switch (format) {
      case TSV -> out.append(String.join("\t", COLUMNS)).append('\n');
      case JSON -> out.append('[');
      default -> { }
    }
  }

  /** Appends what comes after the last row. */
  void end(StringBuilder out) {
    if (format == Format.JSON) {
      out.append(first ? "]\n" : "\n]\n");
    }
  }

  /** Appends one answer. */
  void row(StringBuilder out, IdentifyAnswer a) {
    switch (format) {
      case TSV -> tsv(out, a);
      case JSON -> json(out, a);
      default -> text(out, a);
    }
    first = false;
  }

  // ---------------------------------------------------------------- shared pieces

  /** Masks every letter and digit but the last four (at most half of them); separators stay. */
  static String mask(String shown) {
    int significant = 0;
    for (int i = 0; i < shown.length(); i++) {
      significant += Character.isLetterOrDigit(shown.charAt(i)) ? 1 : 0;
    }
    int hidden = significant - Math.min(4, significant / 2);
    StringBuilder out = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (Character.isLetterOrDigit(c) && hidden > 0) {
        out.append('*');
        hidden--;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The number as shown: grouped as the first candidate's (or best reading's) carrier prints it. */
  String number(IdentifyAnswer a) {
    Identification id = a.identification();
    if (id == null) {
      return "";
    }
    Optional<String> value = id.normalizedValue();
    if (value.isEmpty()) {
      return "";
    }
    String shown = !a.candidates().isEmpty() ? a.candidates().get(0).format().display(value.get())
        : id.display().orElse(value.get());
    return reveal ? shown : mask(shown);
  }

  /** The tracking address of a reading, with the number masked unless revealed. */
  @Nullable String url(IdentifyAnswer a, Reading r) {
    Identification id = a.identification();
    if (id == null || id.normalizedValue().isEmpty()) {
      return null;
    }
    String value = id.normalizedValue().get();
    Optional<URI> uri = r.format().trackingUri(value);
    if (uri.isEmpty()) {
      return null;
    }
    String text = uri.get().toString();
    return reveal ? text : text.replace(value, mask(value));
  }

  /** The verdict's reasons, then the candidates' further reasons, each once. */
  static List<Violation> reasons(IdentifyAnswer a) {
    List<Violation> out = new ArrayList<>();
    Identification id = a.identification();
    if (id == null) {
      return out;
    }
    out.addAll(id.reasons());
    for (Reading r : a.candidates()) {
      List<Violation> rs = r.reasons();
      for (int i = 1; i < rs.size(); i++) {
        if (!out.contains(rs.get(i))) {
          out.add(rs.get(i));
        }
      }
    }
    return out;
  }

  private String errorMessage(IdentifyLineReader.Problem p) {
    return switch (p) {
      case TOO_LONG -> ja ? "行が " + IdentifyLineReader.MAX_LINE_BYTES + " バイトを超えるため読み飛ばしました。"
          : "The line is longer than " + IdentifyLineReader.MAX_LINE_BYTES + " bytes and was skipped.";
      case NOT_UTF8 -> ja ? "行がUTF-8として読めないため読み飛ばしました（バイナリデータの可能性があります）。"
          : "The line is not valid UTF-8 (binary data?) and was skipped.";
    };
  }

  private static String errorCode(IdentifyLineReader.Problem p) {
    return p == IdentifyLineReader.Problem.TOO_LONG ? LINE_TOO_LONG : NOT_UTF8;
  }

  private String status(Reading r) {
    String rule = r.format().checkRule().display(locale);
    if (r.checkStatus() == CheckStatus.HOLDS) {
      return ja ? "検査数字が合っています: " + rule : "check digit holds: " + rule;
    }
    if (r.checkStatus() == CheckStatus.FAILS) {
      int d = r.expectedCheckDigit().orElseThrow();
      return ja ? "検査数字が合いません: " + rule + "。検査数字が " + d + " なら有効"
          : "check digit fails: " + rule + "; check digit " + d + " would fit";
    }
    if (r.confidence() == Confidence.UNSOURCED) {
      return ja ? "形式の公開情報なし（推測）" : "format not sourced (a guess)";
    }
    return ja ? "検査数字なし（形式のみ一致）" : "no check digit (shape only)";
  }

  private String kindText(String kind) {
    return switch (kind) {
      case "amazon-order-number" -> ja ? "Amazonの注文番号" : "Amazon order number";
      case "amazon-delivery-id" -> ja ? "Amazon配送の配送ID" : "Amazon delivery ID";
      case "tracking-number" -> ja ? "配送業者の追跡番号" : "carrier tracking number";
      case "mixed" -> ja ? "注文番号または追跡番号" : "order or tracking number";
      case "konbini-payment-number" -> ja ? "コンビニ払いの番号（桁数のみ一致）" : "konbini payment number (length only)";
      case "error" -> ja ? "読めない行" : "unreadable line";
      default -> ja ? "不明" : "unknown";
    };
  }

  private String verdictText(String verdict) {
    return switch (verdict) {
      case "valid" -> ja ? "有効" : "valid";
      case "ambiguous" -> ja ? "候補が複数あります" : "ambiguous";
      case "invalid" -> ja ? "検査数字が合いません" : "invalid";
      default -> ja ? "判定できません" : "unknown";
    };
  }

  private String konbiniText(List<PaymentNumberKind> kinds) {
    StringBuilder names = new StringBuilder();
    for (PaymentNumberKind k : kinds) {
      if (names.length() > 0) {
        names.append(ja ? "、" : ", ");
      }
      names.append(k.display(locale)).append(ja ? "（" + k.minDigits() + "桁）" : " (" + k.minDigits() + " digits)");
    }
    return ja ? "コンビニ払いの番号の桁数でもあります: " + names + "。検査数字がないため確認はできません。"
        : "Also the length of a konbini payment number: " + names + "; those have no check digit.";
  }

  // ---------------------------------------------------------------- text

  private void text(StringBuilder out, IdentifyAnswer a) {
    if (!first) {
      out.append('\n');
    }
    out.append(a.line()).append(": ");
    IdentifyLineReader.Problem error = a.error();
    if (error != null) {
      out.append(kindText("error")).append('\n').append("  ").append(errorMessage(error))
          .append(" [").append(errorCode(error)).append("]\n");
      return;
    }
    String number = number(a);
    if (!number.isEmpty()) {
      out.append(number).append(" — ");
    }
    if (!a.kind().equals("unknown")) {
      out.append(kindText(a.kind())).append(ja ? "、" : ", ");
    }
    out.append(verdictText(a.verdict())).append('\n');
    List<Remedy> shown = new ArrayList<>();
    for (Violation v : reasons(a)) {
      out.append("  ").append(v.message(locale)).append('\n');
      for (Remedy remedy : v.remedies()) {
        if (!shown.contains(remedy)) {
          shown.add(remedy);
          out.append("  → ").append(remedy.message(locale)).append('\n');
        }
      }
    }
    if (!a.konbini().isEmpty()) {
      out.append("  ").append(konbiniText(a.konbini())).append('\n');
    }
    int rank = 0;
    for (Reading r : a.candidates()) {
      out.append("  ").append(++rank).append(". ").append(r.carrier().display(locale)).append(ja ? "：" : ": ")
          .append(r.service(locale)).append(ja ? "、" : ", ").append(status(r)).append('\n');
      String url = url(a, r);
      if (url != null) {
        out.append("     ").append(ja ? "追跡: " : "track: ").append(url).append('\n');
      }
      String contact = contacts.contact(r.carrier(), locale);
      if (contact != null) {
        out.append("     ").append(ja ? "問い合わせ: " : "call: ").append(contact).append('\n');
      }
    }
  }

  // ---------------------------------------------------------------- tsv

  /** Replaces tabs and line breaks, which would break the row. */
  private static String cell(@Nullable String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        if (out == null) {
          out = new StringBuilder(s.substring(0, i));
        }
        out.append(' ');
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private void tsv(StringBuilder out, IdentifyAnswer a) {
    out.append(a.line()).append('\t');
    IdentifyLineReader.Problem error = a.error();
    if (error != null) {
      out.append("\terror\tunknown\t\t\t\t\t\t\t\t").append(errorCode(error)).append('\t')
          .append(cell(errorMessage(error))).append('\n');
      return;
    }
    out.append(number(a)).append('\t').append(a.kind()).append('\t').append(a.verdict()).append('\t');
    Carrier carrier = a.carrier();
    IdentifierFormat service = a.service();
    out.append(carrier == null ? "" : carrier.name()).append('\t').append(service == null ? "" : service.name())
        .append('\t');
    boolean firstCandidate = true;
    for (Reading r : a.candidates()) {
      out.append(firstCandidate ? "" : ",").append(r.carrier().name()).append(':').append(r.format().name());
      firstCandidate = false;
    }
    out.append('\t');
    firstCandidate = true;
    for (Reading r : a.candidates()) {
      if (r.expectedCheckDigit().isPresent()) {
        out.append(firstCandidate ? "" : ",").append(r.expectedCheckDigit().getAsInt());
        firstCandidate = false;
      }
    }
    out.append('\t');
    for (int i = 0; i < a.konbini().size(); i++) {
      out.append(i == 0 ? "" : ",").append(a.konbini().get(i).name());
    }
    out.append('\t');
    if (a.candidates().size() == 1) {
      out.append(cell(url(a, a.candidates().get(0))));
    }
    out.append('\t');
    if (carrier != null) {
      out.append(cell(contacts.contact(carrier, locale)));
    }
    out.append('\t');
    List<Violation> reasons = reasons(a);
    if (reasons.isEmpty() && !a.candidates().isEmpty()) {
      reasons = a.candidates().get(0).reasons().subList(0, 1);
    }
    for (int i = 0; i < reasons.size(); i++) {
      out.append(i == 0 ? "" : ",").append(reasons.get(i).reason().code());
    }
    out.append('\t').append(reasons.isEmpty() ? "" : cell(reasons.get(0).message(locale))).append('\n');
  }

  // ---------------------------------------------------------------- json

  /** Appends {@code s} as a JSON string, escaping quotes, backslashes and control characters. */
  static void jsonString(StringBuilder out, @Nullable String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void field(StringBuilder out, String name, @Nullable String value) {
    jsonString(out, name);
    out.append(':');
    jsonString(out, value);
  }

  private void violations(StringBuilder out, List<Violation> vs) {
    out.append('[');
    for (int i = 0; i < vs.size(); i++) {
      Violation v = vs.get(i);
      out.append(i == 0 ? "{" : ",{");
      field(out, "code", v.reason().code());
      out.append(',');
      field(out, "message", v.message(locale));
      out.append(",\"remedies\":[");
      for (int j = 0; j < v.remedies().size(); j++) {
        out.append(j == 0 ? "" : ",");
        jsonString(out, v.remedies().get(j).message(locale));
      }
      out.append("]}");
    }
    out.append(']');
  }

  private void json(StringBuilder out, IdentifyAnswer a) {
    out.append(first ? "\n{" : ",\n{");
    out.append("\"line\":").append(a.line()).append(',');
    IdentifyLineReader.Problem error = a.error();
    Carrier carrier = a.carrier();
    IdentifierFormat service = a.service();
    field(out, "number", error == null ? number(a) : null);
    out.append(',');
    field(out, "kind", a.kind());
    out.append(',');
    field(out, "verdict", a.verdict());
    out.append(',');
    field(out, "carrier", carrier == null ? null : carrier.name());
    out.append(',');
    field(out, "service", service == null ? null : service.name());
    out.append(",\"candidates\":[");
    int rank = 0;
    for (Reading r : a.candidates()) {
      out.append(rank == 0 ? "{" : ",{").append("\"rank\":").append(++rank).append(',');
      reading(out, a, r);
      out.append('}');
    }
    out.append("],\"otherReadings\":[");
    Identification id = a.identification();
    boolean firstOther = true;
    if (id != null) {
      for (Reading r : id.readings()) {
        if (!a.candidates().contains(r)) {
          out.append(firstOther ? "{" : ",{");
          reading(out, a, r);
          out.append('}');
          firstOther = false;
        }
      }
    }
    out.append("],\"konbini\":[");
    for (int i = 0; i < a.konbini().size(); i++) {
      out.append(i == 0 ? "" : ",");
      jsonString(out, a.konbini().get(i).name());
    }
    out.append("],\"reasons\":");
    if (error != null) {
      out.append("[{");
      field(out, "code", errorCode(error));
      out.append(',');
      field(out, "message", errorMessage(error));
      out.append(",\"remedies\":[]}]");
    } else {
      violations(out, reasons(a));
    }
    out.append('}');
  }

  private void reading(StringBuilder out, IdentifyAnswer a, Reading r) {
    field(out, "carrier", r.carrier().name());
    out.append(',');
    field(out, "carrierName", r.carrier().display(locale));
    out.append(',');
    field(out, "service", r.format().name());
    out.append(',');
    field(out, "serviceName", r.service(locale));
    out.append(',');
    field(out, "check", switch (r.checkStatus()) {
      case HOLDS -> "holds";
      case FAILS -> "fails";
      case NO_CHECK_DIGIT -> "none";
    });
    out.append(',');
    field(out, "confidence", r.confidence().name());
    out.append(",\"expectedCheckDigit\":")
        .append(r.expectedCheckDigit().isPresent() ? String.valueOf(r.expectedCheckDigit().getAsInt()) : "null")
        .append(',');
    field(out, "url", url(a, r));
    out.append(',');
    field(out, "contact", contacts.contact(r.carrier(), locale));
    out.append(",\"reasons\":");
    violations(out, r.reasons());
  }
}
