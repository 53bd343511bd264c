package io.github.kotowari.docs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kotowari.carriers.AmazonOrderNumber;
import io.github.kotowari.carriers.Carrier;
import io.github.kotowari.carriers.Identification;
import io.github.kotowari.carriers.IdentifierFormat;
import io.github.kotowari.carriers.Identifier;
import io.github.kotowari.carriers.IdentifyContext;
import io.github.kotowari.carriers.InputNormalizer;
import io.github.kotowari.carriers.InputProblem;
import io.github.kotowari.carriers.Market;
import io.github.kotowari.carriers.NormalizedInput;
import io.github.kotowari.carriers.Reading;
import io.github.kotowari.carriers.TrackingNumber;
import io.github.kotowari.carriers.Verdict;
import io.github.kotowari.carriers.contact.Contact;
import io.github.kotowari.carriers.contact.ContactDirectory;
import io.github.kotowari.carriers.contact.Organization;
import io.github.kotowari.docs.cli.KotowariCli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snippets and shown outputs of docs/guide/{en,ja}/numbers.md, run and checked. */
class NumbersGuideTest {

  static String cli(String... args) {
    return cliWithInput("", args);
  }

  static String cliWithInput(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    KotowariCli.run(args, in, new PrintWriter(out), new PrintWriter(err));
    assertEquals("", err.toString());
    return out.toString();
  }

  @Test
  void whatIsAccepted() {
    NormalizedInput in = InputNormalizer.normalize("１２３４ー５６７８ー９０１３");
    String value = in.value();                                                      // "123456789013"
    boolean scanned = InputNormalizer.normalize("A443496171020A").codabarRemoved(); // true
    Optional<InputProblem> problem = InputNormalizer.normalize("123.456").problem(); // UNEXPECTED_CHARACTER

    assertEquals("123456789013", value);
    assertTrue(scanned);
    assertEquals(Optional.of(InputProblem.UNEXPECTED_CHARACTER), problem);
    assertEquals(4, InputNormalizer.normalize("123.456").position());
    assertEquals(1024, InputNormalizer.MAX_RAW_CHARS);
    assertEquals(64, InputNormalizer.MAX_SIGNIFICANT_CHARS);
  }

  /** The table of section 2, in both languages, against the compiled-in formats. */
  @Test
  void theFormatsTableSaysWhatTheFormatsAre() {
    for (String lang : List.of("en", "ja")) {
      List<String> rows = GuideSnippetsTest.read(GuideSnippetsTest.DOCS.resolve("guide/" + lang + "/numbers.md"))
          .stream().filter(l -> l.startsWith("| `")).toList();
      Set<IdentifierFormat> seen = EnumSet.noneOf(IdentifierFormat.class);
      for (String row : rows) {
        String[] cells = row.split("\\|");
        IdentifierFormat f = IdentifierFormat.valueOf(cells[1].strip().replace("`", ""));
        assertTrue(seen.add(f), row);
        assertTrue(cells[2].contains(f.carrier().display(lang.equals("ja") ? Locale.JAPANESE : Locale.ENGLISH))
            || f.carrier() == Carrier.UPU_POST, row);
        assertEquals("`" + f.checkRule().name() + "`", cells[5].strip(), row);
        assertEquals("`" + f.confidenceClass().name() + "`", cells[6].strip(), row);
        assertEquals(f.grouping(), grouping(cells[7].strip()), row);
      }
      assertEquals(EnumSet.allOf(IdentifierFormat.class), seen, lang);
    }
  }

  /** "4-4-4" → [4, 4, 4]; "2-4-4-…" → [2, 4] (the last size repeats); "one piece" → []. */
  static List<Integer> grouping(String cell) {
    if (!Character.isDigit(cell.charAt(0))) {
      return List.of();
    }
    List<Integer> sizes = new ArrayList<>();
    for (String part : cell.split("-")) {
      if (!part.equals("…")) {
        sizes.add(Integer.parseInt(part));
      }
    }
    if (cell.endsWith("…")) {
      sizes.remove(sizes.size() - 1);
    }
    return sizes;
  }

  @Test
  void theWorkedSevenDrExampleIsHornersRule() {
    String body = "12345678901";
    StringBuilder steps = new StringBuilder("digit  remainder\n");
    int r = 0;
    for (char c : body.toCharArray()) {
      int d = c - '0';
      int next = (r * 10 + d) % 7;
      steps.append(d).append("      (").append(r).append(" × 10 + ").append(d).append(") mod 7 = ").append(next)
          .append('\n');
      r = next;
    }
    steps.append("check digit: ").append(r).append("  →  1234-5678-901").append(r).append('\n');
    assertEquals(Long.parseLong(body) % 7, r, "Horner's rule is the integer modulo 7");
    assertEquals("""
        digit  remainder
        1      (0 × 10 + 1) mod 7 = 1
        2      (1 × 10 + 2) mod 7 = 5
        3      (5 × 10 + 3) mod 7 = 4
        4      (4 × 10 + 4) mod 7 = 2
        5      (2 × 10 + 5) mod 7 = 4
        6      (4 × 10 + 6) mod 7 = 4
        7      (4 × 10 + 7) mod 7 = 5
        8      (5 × 10 + 8) mod 7 = 2
        9      (2 × 10 + 9) mod 7 = 1
        0      (1 × 10 + 0) mod 7 = 3
        1      (3 × 10 + 1) mod 7 = 3
        check digit: 3  →  1234-5678-9013
        """, steps.toString());
    assertTrue(Identifier.identify("1234-5678-9013").readings().get(0).checkDigitHolds());
  }

  @Test
  void aTypoSaysWhichDigitWouldFit() {
    Identification typo = Identifier.identify("1234-5678-9015");
    Verdict verdict = typo.verdict();                                  // INVALID
    OptionalInt fix = typo.readings().get(0).expectedCheckDigit();     // OptionalInt[3]

    assertEquals(Verdict.INVALID, verdict);
    assertEquals(OptionalInt.of(3), fix);
    // S10, worked in the guide: 7×8 + 2×6 + 5×4 + 0×2 + 8×3 + 9×5 + 3×9 + 0×7 = 184; 11 − 184 mod 11 = 3
    assertEquals(184, 7 * 8 + 2 * 6 + 5 * 4 + 0 * 2 + 8 * 3 + 9 * 5 + 3 * 9 + 0 * 7);
    assertEquals(OptionalInt.of(3), Identifier.identify("EG725089300JP").readings().get(0).expectedCheckDigit());
  }

  @Test
  void aTwelveDigitNumberIsNeverSilentlyAssigned() {
    Identification id = Identifier.identify("4434-9617-1020");
    Verdict verdict = id.verdict();                          // AMBIGUOUS
    List<Reading> readings = id.readings();                  // Yamato, Sagawa, Japan Post; FedEx fails
    Optional<TrackingNumber> picked = id.trackingNumber();   // empty: never picked silently
    String why = id.explain(Locale.ENGLISH);

    assertEquals(Verdict.AMBIGUOUS, verdict);
    assertEquals(List.of(IdentifierFormat.YAMATO_12, IdentifierFormat.SAGAWA_12, IdentifierFormat.JAPAN_POST_12),
        readings.stream().filter(Reading::isPlausible).map(Reading::format).toList());
    assertTrue(picked.isEmpty());
    assertTrue(id.validReading().isEmpty());
    assertEquals(EXPLAIN_EN, why);
    assertEquals(EXPLAIN_JA, id.explain(Locale.JAPANESE));
  }

  static final String EXPLAIN_EN = """
      Number: ********1020
      Verdict: ambiguous (several readings)
        This number has 3 plausible readings; the number alone cannot decide between them. [carriers.ambiguous]
        → Check the carrier's name in the order history or the shipping notification mail.
      1. Yamato Transport — TA-Q-BIN and other parcels (12 digits) [CHECK_DIGIT_VERIFIED]
         Matches the Yamato Transport format and its check digit (7DR (the number modulo 7)) holds. [carriers.check-digit-holds]
         Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR check, so the number alone cannot tell the carrier. [carriers.seven-dr-shared]
         → Check the carrier's name in the order history or the shipping notification mail.
      2. Sagawa Express — Hikyaku parcels (12 digits) [CHECK_DIGIT_VERIFIED]
         Matches the Sagawa Express format and its check digit (7DR (the number modulo 7)) holds. [carriers.check-digit-holds]
         Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR check, so the number alone cannot tell the carrier. [carriers.seven-dr-shared]
         → Check the carrier's name in the order history or the shipping notification mail.
      3. Japan Post — Yu-Pack, Yu-Packet, Letter Pack (12 digits) [CHECK_DIGIT_VERIFIED]
         Matches the Japan Post format and its check digit (7DR (the number modulo 7)) holds. [carriers.check-digit-holds]
         Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR check, so the number alone cannot tell the carrier. [carriers.seven-dr-shared]
         → Check the carrier's name in the order history or the shipping notification mail.
      4. FedEx — FedEx Express (12 digits) [CHECK_DIGIT_FAILED]
         Has the shape of a FedEx number but its check digit (FedEx weighted mod 11) fails; it would be valid with check digit 9. [carriers.check-digit-fails]
         → Compare the number digit by digit with the slip or mail; copy and paste it if you can.
      """;

  static final String EXPLAIN_JA = """
      番号: ********1020
      判定: 候補が複数あります
        この番号は 3 通りに解釈できます。番号だけでは一つに決められません。 [carriers.ambiguous]
        → 注文履歴または発送通知メールで配送業者名を確認してください。
      1. ヤマト運輸 — 宅急便など（12桁） [CHECK_DIGIT_VERIFIED]
         ヤマト運輸の番号の形式で、検査数字（7DR（番号を7で割った余り））も合っています。 [carriers.check-digit-holds]
         ヤマト運輸・佐川急便・日本郵便の12桁の番号は同じ検査方式（7DR）のため、番号だけでは配送業者を区別できません。 [carriers.seven-dr-shared]
         → 注文履歴または発送通知メールで配送業者名を確認してください。
      2. 佐川急便 — 飛脚宅配便など（12桁） [CHECK_DIGIT_VERIFIED]
         佐川急便の番号の形式で、検査数字（7DR（番号を7で割った余り））も合っています。 [carriers.check-digit-holds]
         ヤマト運輸・佐川急便・日本郵便の12桁の番号は同じ検査方式（7DR）のため、番号だけでは配送業者を区別できません。 [carriers.seven-dr-shared]
         → 注文履歴または発送通知メールで配送業者名を確認してください。
      3. 日本郵便 — ゆうパック・ゆうパケット・レターパック（12桁） [CHECK_DIGIT_VERIFIED]
         日本郵便の番号の形式で、検査数字（7DR（番号を7で割った余り））も合っています。 [carriers.check-digit-holds]
         ヤマト運輸・佐川急便・日本郵便の12桁の番号は同じ検査方式（7DR）のため、番号だけでは配送業者を区別できません。 [carriers.seven-dr-shared]
         → 注文履歴または発送通知メールで配送業者名を確認してください。
      4. FedEx — FedEx Express（12桁） [CHECK_DIGIT_FAILED]
         FedExの番号の形ですが、検査数字（FedExの重み付き11で割った余り）が合いません。検査数字が 9 であれば有効な番号です。 [carriers.check-digit-fails]
         → 伝票やメールの番号と一桁ずつ見比べてください。コピー＆ペーストが確実です。
      """;

  @Test
  void theVerdictAloneForFilteringMany() {
    List<String> pasted = List.of("4434-9617-1020", "１２３４ー５６７８ー９０１５", "EG725089303JP", "please call me");
    List<String> worthALook = new ArrayList<>();
    for (String line : pasted) {
      Verdict v = Identifier.verdict(line);   // AMBIGUOUS, INVALID, VALID, UNKNOWN
      if (v == Verdict.VALID || v == Verdict.AMBIGUOUS) {
        worthALook.add(line);                 // only these get the full Identifier.identify
      }
    }
    IdentifyContext sagawa = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC).withCarrierHint(Carrier.SAGAWA);
    Verdict hinted = Identifier.verdict("4434-9617-1020", sagawa); // VALID, as identify(…, sagawa).verdict()

    assertEquals(List.of("4434-9617-1020", "EG725089303JP"), worthALook);
    assertEquals(Verdict.VALID, hinted);
    List<Verdict> shown = List.of(Verdict.AMBIGUOUS, Verdict.INVALID, Verdict.VALID, Verdict.UNKNOWN);
    for (int i = 0; i < pasted.size(); i++) {
      String text = pasted.get(i);
      assertEquals(shown.get(i), Identifier.verdict(text), text);
      assertEquals(Identifier.identify(text).verdict(), Identifier.verdict(text), text);
      assertEquals(Identifier.identify(text, sagawa).verdict(), Identifier.verdict(text, sagawa), text);
      // a CharSequence that is not a String takes the other path; same answer
      assertEquals(Identifier.identify(text).verdict(), Identifier.verdict(new StringBuilder(text)), text);
    }
    assertEquals(Identifier.identify("4434-9617-1020", sagawa).verdict(), hinted);
  }

  @Test
  void contextRanksAndAHintDecides() {
    IdentifyContext domestic = IdentifyContext.of(Market.AMAZON_JAPAN_DOMESTIC);
    Reading first = Identifier.identify("4434-9617-1020", domestic).readings().get(0); // Yamato first
    Identification hinted = Identifier.identify("4434-9617-1020", domestic.withCarrierHint(Carrier.SAGAWA));
    Verdict decided = hinted.verdict();                                  // VALID
    TrackingNumber parcel = hinted.trackingNumber().orElseThrow();       // SAGAWA_12

    assertEquals(Carrier.YAMATO, first.carrier());
    assertEquals(List.of(Carrier.YAMATO, Carrier.JAPAN_POST, Carrier.SAGAWA),
        Identifier.identify("4434-9617-1020", domestic).readings().stream().filter(Reading::isPlausible)
            .map(Reading::carrier).toList());
    assertEquals(Verdict.VALID, decided);
    assertEquals(IdentifierFormat.SAGAWA_12, parcel.format());
    masking(parcel);
    trackingPages(parcel);
  }

  void masking(TrackingNumber parcel) {
    String shown = parcel.toString();   // "TrackingNumber[SAGAWA_12 ********1020]": safe for logs
    String full = parcel.value();       // "443496171020": ask for it explicitly
    String printed = parcel.display();  // "4434-9617-1020"
    AmazonOrderNumber order = AmazonOrderNumber.parse("058-3563777-5518068");
    String orderShown = order.toString(); // "AmazonOrderNumber[*************8068]"

    assertEquals("TrackingNumber[SAGAWA_12 ********1020]", shown);
    assertEquals("443496171020", full);
    assertEquals("4434-9617-1020", printed);
    assertEquals("AmazonOrderNumber[*************8068]", orderShown);
  }

  void trackingPages(TrackingNumber parcel) {
    Optional<URI> page = parcel.trackingUri();
    // https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=443496171020

    assertEquals("https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=443496171020",
        page.orElseThrow().toString());
  }

  @Test
  void whomToCall() {
    ContactDirectory directory = ContactDirectory.defaults();
    Contact sagawa = directory.mainContact(Organization.SAGAWA);
    String phone = sagawa.phoneDisplay();                                 // "0120-99-4500"
    boolean official = directory.checkPhone("0120-99-4500").isOfficial(); // true

    assertEquals("0120-99-4500", phone);
    assertTrue(official);
    assertFalse(directory.checkPhone("0120-99-4501").isOfficial());
  }

  @Test
  void theCommandLineInEnglish() {
    assertEquals("""
        1: ****-****-1020 — carrier tracking number, ambiguous
          This number has 3 plausible readings; the number alone cannot decide between them.
          → Check the carrier's name in the order history or the shipping notification mail.
          Yamato, Sagawa and Japan Post 12-digit numbers share the 7DR check, so the number alone cannot tell the carrier.
          1. Yamato Transport: TA-Q-BIN and other parcels (12 digits), check digit holds: 7DR (the number modulo 7)
             track: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=********1020
             call: Yamato Transport customer inquiries 0120-01-9625 (toll-free) 8:00–21:00
          2. Japan Post: Yu-Pack, Yu-Packet, Letter Pack (12 digits), check digit holds: 7DR (the number modulo 7)
             track: https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=********1020&searchKind=S002&locale=ja
             call: Japan Post customer inquiries 0120-23-28-86 (toll-free) 8:00–21:00
          3. Sagawa Express: Hikyaku parcels (12 digits), check digit holds: 7DR (the number modulo 7)
             track: https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=********1020
             call: Sagawa Express customer inquiries 0120-99-4500 (toll-free) 8:00–19:00

        2: ***-*******-***8068 — Amazon order number, valid
          The shape of an Amazon order number (3-7-7 digits); it is not a tracking number.
          1. Amazon: Amazon order number, no check digit (shape only)
             track: https://www.amazon.co.jp/gp/css/order-history
             call: Amazon Japan customer service 0120-899-543 (toll-free) 9:00–21:00 / 24h (sources disagree)

        3: ** *** *** *04 JP — carrier tracking number, invalid
          The number has a known shape but its check digit does not hold: it is probably mistyped.
          → Compare the number digit by digit with the slip or mail; copy and paste it if you can.
          1. Japan Post: International mail (EMS, registered, parcels), check digit fails: UPU S10 (mod 11); check digit 3 would fit
             track: https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=*********04JP&searchKind=S004&locale=ja
             call: Japan Post customer inquiries 0120-23-28-86 (toll-free) 8:00–21:00
        """, cli("identify", "4434-9617-1020", "058-3563777-5518068", "EG725089304JP"));
  }

  @Test
  void theCommandLineInJapanese() {
    assertEquals("""
        1: ****-****-1020 — 配送業者の追跡番号、候補が複数あります
          この番号は 3 通りに解釈できます。番号だけでは一つに決められません。
          → 注文履歴または発送通知メールで配送業者名を確認してください。
          ヤマト運輸・佐川急便・日本郵便の12桁の番号は同じ検査方式（7DR）のため、番号だけでは配送業者を区別できません。
          1. ヤマト運輸：宅急便など（12桁）、検査数字が合っています: 7DR（番号を7で割った余り）
             追跡: https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=********1020
             問い合わせ: ヤマト運輸 お問い合わせ 0120-01-9625（無料） 8:00–21:00
          2. 日本郵便：ゆうパック・ゆうパケット・レターパック（12桁）、検査数字が合っています: 7DR（番号を7で割った余り）
             追跡: https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=********1020&searchKind=S002&locale=ja
             問い合わせ: 日本郵便 お問い合わせ 0120-23-28-86（無料） 8:00–21:00
          3. 佐川急便：飛脚宅配便など（12桁）、検査数字が合っています: 7DR（番号を7で割った余り）
             追跡: https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=********1020
             問い合わせ: 佐川急便 お問い合わせ 0120-99-4500（無料） 8:00–19:00

        2: ***-*******-***8068 — Amazonの注文番号、有効
          Amazonの注文番号の形式です（3-7-7桁）。配送の追跡番号ではありません。
          1. Amazon：Amazonの注文番号、検査数字なし（形式のみ一致）
             追跡: https://www.amazon.co.jp/gp/css/order-history
             問い合わせ: Amazon（アマゾンジャパン） カスタマーサービス 0120-899-543（無料） 9:00–21:00 / 24h（情報源により異なる）

        3: ** *** *** *04 JP — 配送業者の追跡番号、検査数字が合いません
          既知の番号の形ですが、検査数字が合いません。入力ミスの可能性があります。
          → 伝票やメールの番号と一桁ずつ見比べてください。コピー＆ペーストが確実です。
          1. 日本郵便：国際郵便（EMS・書留・小包）、検査数字が合いません: UPU S10（11で割った余り）。検査数字が 3 なら有効
             追跡: https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=*********04JP&searchKind=S004&locale=ja
             問い合わせ: 日本郵便 お問い合わせ 0120-23-28-86（無料） 8:00–21:00
        """, cli("identify", "--lang=ja", "4434-9617-1020", "058-3563777-5518068", "EG725089304JP"));
  }

  @Test
  void theCommandLineAsTsv() {
    assertEquals("""
        line\tnumber\tkind\tverdict\tcarrier\tservice\tcandidates\texpected\tkonbini\turl\tcontact\treasons\tmessage
        1\t****-****-1020\ttracking-number\tambiguous\t\t\tYAMATO:YAMATO_12,JAPAN_POST:JAPAN_POST_12,SAGAWA:SAGAWA_12\t\t\t\t\tcarriers.ambiguous,carriers.seven-dr-shared\tThis number has 3 plausible readings; the number alone cannot decide between them.
        2\t********7890\tamazon-delivery-id\tvalid\tAMAZON\tAMAZON_JAPAN_DELIVERY\tAMAZON:AMAZON_JAPAN_DELIVERY\t\t\thttps://www.amazon.co.jp/gp/css/order-history\tAmazon Japan customer service 0120-899-543 (toll-free) 9:00–21:00 / 24h (sources disagree)\tcarriers.tracked-on-amazon-only\tAn Amazon delivery ID: it is tracked only in the Amazon order history, not on a carrier's site.
        3\t********LLME\tunknown\tunknown\t\t\t\t\t\t\t\tcarriers.unknown-format\tThe number matches no known tracking- or order-number format.
        """, cliWithInput("4434-9617-1020\nDA1234567890\nplease call me\n", "identify", "-", "--format=tsv"));
  }

  @Test
  void theCommandLineAsTsvInJapanese() {
    assertEquals("""
        line\tnumber\tkind\tverdict\tcarrier\tservice\tcandidates\texpected\tkonbini\turl\tcontact\treasons\tmessage
        1\t****-****-1020\ttracking-number\tambiguous\t\t\tYAMATO:YAMATO_12,JAPAN_POST:JAPAN_POST_12,SAGAWA:SAGAWA_12\t\t\t\t\tcarriers.ambiguous,carriers.seven-dr-shared\tこの番号は 3 通りに解釈できます。番号だけでは一つに決められません。
        2\t********7890\tamazon-delivery-id\tvalid\tAMAZON\tAMAZON_JAPAN_DELIVERY\tAMAZON:AMAZON_JAPAN_DELIVERY\t\t\thttps://www.amazon.co.jp/gp/css/order-history\tAmazon（アマゾンジャパン） カスタマーサービス 0120-899-543（無料） 9:00–21:00 / 24h（情報源により異なる）\tcarriers.tracked-on-amazon-only\tAmazon配送の番号です。配送業者のサイトでは追跡できず、Amazonの注文履歴で確認します。
        3\t********LLME\tunknown\tunknown\t\t\t\t\t\t\t\tcarriers.unknown-format\t既知の追跡番号・注文番号のどの形式にも一致しません。
        """, cliWithInput("4434-9617-1020\nDA1234567890\nplease call me\n", "identify", "-", "--format=tsv",
        "--lang=ja"));
  }
}
