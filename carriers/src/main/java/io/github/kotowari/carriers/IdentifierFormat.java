package io.github.kotowari.carriers;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import io.github.kotowari.core.Language;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every identifier format this module recognizes, as compiled-in data: carrier, service, shape,
 * check rule, how the number is printed, where it is tracked and how far it can be trusted. Nothing
 * is read from files and nothing is fetched.
 *
 * <pre>{@code
 * IdentifierFormat.YAMATO_12.display("123456789013");      // "1234-5678-9013"
 * IdentifierFormat.YAMATO_12.trackingUri("123456789013");  // Optional[https://toi.kuronekoyamato...]
 * }</pre>
 *
 * <p>Facts and their sources are in {@code shared/domain/carriers.md}; the shapes below are what it
 * recommends where sources disagree (its §6). Shapes are over normalized values ({@link
 * InputNormalizer}). Where a format's shape is a policy choice, its constant says so.
 *
 * <p>Tracking URLs are templates as published by public code and issues (carriers.md, the
 * {@code jkeen/tracking_number_data} set and {@code eggplants/ghitter} issue #140); carriers change
 * them without notice, and this library never opens them.
 *
 * @since 0.1.0
 */
public enum IdentifierFormat {
  /** Yamato 12 digits, 7DR, printed 4-4-4 (carriers.md §1.1). */
  YAMATO_12(IdentifierKind.TRACKING_NUMBER, Carrier.YAMATO, "宅急便など（12桁）", "TA-Q-BIN and other parcels (12 digits)",
      CheckRule.SEVEN_DR, Confidence.CHECK_DIGIT_VERIFIED, '-', new int[] {4, 4, 4},
      "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=%s"),
  /** Sagawa 12 digits, 7DR, printed 4-4-4 (carriers.md §1.1). */
  SAGAWA_12(IdentifierKind.TRACKING_NUMBER, Carrier.SAGAWA, "飛脚宅配便など（12桁）", "Hikyaku parcels (12 digits)",
      CheckRule.SEVEN_DR, Confidence.CHECK_DIGIT_VERIFIED, '-', new int[] {4, 4, 4},
      "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=%s"),
  /**
   * Sagawa 10 or 11 digits: format only. The project's seed says "12 or 11 digits", one page says
   * 10–12; no source gives a check rule, and every real Sagawa number found has 12 digits
   * (carriers.md §1.4).
   */
  SAGAWA_SHORT(IdentifierKind.TRACKING_NUMBER, Carrier.SAGAWA, "佐川急便の10・11桁の番号（検査規則不明）",
      "Sagawa 10- or 11-digit number (no known check rule)", CheckRule.NONE, Confidence.FORMAT_ONLY, '-', new int[0],
      "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=%s"),
  /** Japan Post domestic parcels (ゆうパック, ゆうパケット, レターパック), 12 digits, 7DR, 4-4-4 (§1.1). */
  JAPAN_POST_12(IdentifierKind.TRACKING_NUMBER, Carrier.JAPAN_POST, "ゆうパック・ゆうパケット・レターパック（12桁）",
      "Yu-Pack, Yu-Packet, Letter Pack (12 digits)", CheckRule.SEVEN_DR, Confidence.CHECK_DIGIT_VERIFIED, '-',
      new int[] {4, 4, 4},
      "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s&searchKind=S002&locale=ja"),
  /**
   * Japan Post registered mail, 特定記録 and cash on delivery (引受番号), 11 digits, the first 10
   * modulo 7, printed 3-2-5-1 (§1.2). Algebraically the same rule as {@link #DHL_EXPRESS} 11 digits.
   */
  JAPAN_POST_REGISTERED_11(IdentifierKind.TRACKING_NUMBER, Carrier.JAPAN_POST, "書留・特定記録・代金引換（11桁）",
      "Registered mail, recorded delivery, cash on delivery (11 digits)", CheckRule.SEVEN_DR,
      Confidence.CHECK_DIGIT_VERIFIED, '-', new int[] {3, 2, 5, 1},
      "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s&searchKind=S001&locale=ja"),
  /** Japan Post international mail (EMS, registered, parcels): UPU S10 ending {@code JP} (§1.3). */
  JAPAN_POST_INTERNATIONAL(IdentifierKind.TRACKING_NUMBER, Carrier.JAPAN_POST, "国際郵便（EMS・書留・小包）",
      "International mail (EMS, registered, parcels)", CheckRule.UPU_S10, Confidence.CHECK_DIGIT_VERIFIED, ' ',
      new int[] {2, 3, 3, 3, 2},
      "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=%s&searchKind=S004&locale=ja"),
  /**
   * UPU S10 of any other postal operator, named by its last two letters. Policy: any two letters
   * are accepted as the country code; the {@code tracking_number_data} set instead requires a UPU
   * member code and calls {@code RB123456785XX} invalid (carriers.md §1.3, §6).
   */
  UPU_S10(IdentifierKind.TRACKING_NUMBER, Carrier.UPU_POST, "国際郵便（UPU S10）", "International mail (UPU S10)",
      CheckRule.UPU_S10, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {2, 3, 3, 3, 2}, null),
  /**
   * Amazon's own delivery in Japan (Amazon配送, デリバリープロバイダ): {@code DA}, {@code TA} or
   * {@code TB} followed by 8 to 12 digits. Format only and a policy: pages disagree on the length
   * (11 or 12 characters) and only the project's seed mentions {@code TA} and {@code TB}; IDs
   * starting {@code 99} are not recognized because their length is unknown and they would collide
   * with 12-digit carrier numbers (carriers.md §1.5). Tracked only on Amazon.
   */
  AMAZON_JAPAN_DELIVERY(IdentifierKind.TRACKING_NUMBER, Carrier.AMAZON, "Amazon配送の配送ID", "Amazon delivery ID (Japan)",
      CheckRule.NONE, Confidence.FORMAT_ONLY, ' ', new int[0], "https://www.amazon.co.jp/gp/css/order-history"),
  /** Amazon Logistics (US, CA, MX): {@code TBA}, {@code TBC} or {@code TBM} and 12 digits, no checksum (§1.5). */
  AMAZON_LOGISTICS(IdentifierKind.TRACKING_NUMBER, Carrier.AMAZON, "Amazon Logistics（米国・カナダ・メキシコ）",
      "Amazon Logistics (US, Canada, Mexico)", CheckRule.NONE, Confidence.FORMAT_ONLY, ' ', new int[0], null),
  /** Amazon order number, 3-7-7 digits; no check digit is known (carriers.md §1.5). */
  AMAZON_ORDER(IdentifierKind.ORDER_NUMBER, Carrier.AMAZON, "Amazonの注文番号", "Amazon order number",
      CheckRule.NONE, Confidence.FORMAT_ONLY, '-', new int[] {3, 7, 7}, "https://www.amazon.co.jp/gp/css/order-history"),
  /** Amazon digital order number, {@code D} + 2 digits, then 7-7 digits (§1.5). */
  AMAZON_DIGITAL_ORDER(IdentifierKind.ORDER_NUMBER, Carrier.AMAZON, "Amazonのデジタル注文番号", "Amazon digital order number",
      CheckRule.NONE, Confidence.FORMAT_ONLY, '-', new int[] {3, 7, 7}, "https://www.amazon.co.jp/gp/css/order-history"),
  /**
   * Seino: no public source gives its number format. Policy guess: 10 to 12 digits, reported only
   * when unsourced formats are asked for (carriers.md §1.4).
   */
  SEINO(IdentifierKind.TRACKING_NUMBER, Carrier.SEINO, "西濃運輸（カンガルー便など、形式未確認）",
      "Seino (Kangaroo parcels; format not sourced)", CheckRule.NONE, Confidence.UNSOURCED, '-', new int[0], null),
  /**
   * Fukuyama: no public source gives its number format. Policy guess: 10 to 14 digits, reported only
   * when unsourced formats are asked for (carriers.md §1.4). Its tracking page takes a form post,
   * so there is no URL template.
   */
  FUKUYAMA(IdentifierKind.TRACKING_NUMBER, Carrier.FUKUYAMA, "福山通運（形式未確認）", "Fukuyama (format not sourced)",
      CheckRule.NONE, Confidence.UNSOURCED, '-', new int[0], null),
  /** DHL Express waybill: 10 or 11 digits, the rest modulo 7 (carriers.md §1.8). */
  DHL_EXPRESS(IdentifierKind.TRACKING_NUMBER, Carrier.DHL, "DHL Express 航空貨物運送状番号", "DHL Express waybill",
      CheckRule.DHL_MOD7, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[0],
      "https://www.dhl.com/en/express/tracking.html?AWB=%s&brand=DHL"),
  /** FedEx Express 12 digits (carriers.md §1.9). */
  FEDEX_12(IdentifierKind.TRACKING_NUMBER, Carrier.FEDEX, "FedEx Express（12桁）", "FedEx Express (12 digits)",
      CheckRule.FEDEX_MOD11, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4, 4, 4},
      "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s"),
  /** FedEx Express 34-digit barcode: first digit 0–8, check over the last 13 data digits (§1.9). */
  FEDEX_34(IdentifierKind.TRACKING_NUMBER, Carrier.FEDEX, "FedEx Express（34桁バーコード）", "FedEx Express (34-digit barcode)",
      CheckRule.FEDEX_MOD11, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4},
      "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s"),
  /** FedEx Ground 15 digits, GS1 mod 10 (§1.9). */
  FEDEX_GROUND_15(IdentifierKind.TRACKING_NUMBER, Carrier.FEDEX, "FedEx Ground（15桁）", "FedEx Ground (15 digits)",
      CheckRule.GS1_MOD10, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4},
      "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s"),
  /** FedEx Ground 96 (22 digits): {@code 96}…, the last 14 data digits enter GS1 mod 10 (§1.9). */
  FEDEX_GROUND_96(IdentifierKind.TRACKING_NUMBER, Carrier.FEDEX, "FedEx Ground（96で始まる22桁）",
      "FedEx Ground (22 digits starting 96)", CheckRule.GS1_MOD10, Confidence.CHECK_DIGIT_VERIFIED, ' ',
      new int[] {4}, "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s"),
  /** FedEx Ground SSCC-18: container type, 15 digits, GS1 check over the 15 (§1.9). */
  FEDEX_SSCC_18(IdentifierKind.TRACKING_NUMBER, Carrier.FEDEX, "FedEx Ground（SSCC-18）", "FedEx Ground (SSCC-18)",
      CheckRule.GS1_MOD10, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {2, 4},
      "https://www.fedex.com/apps/fedextrack/?tracknumbers=%s"),
  /** UPS {@code 1Z} + 15 characters + check digit (carriers.md §1.7). */
  UPS_1Z(IdentifierKind.TRACKING_NUMBER, Carrier.UPS, "UPS（1Z）", "UPS (1Z)", CheckRule.UPS_MOD10,
      Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {2, 3, 3, 2, 4, 4}, "https://www.ups.com/track?tracknum=%s"),
  /** USPS 20 digits, GS1 mod 10 (carriers.md §1.10). */
  USPS_20(IdentifierKind.TRACKING_NUMBER, Carrier.USPS, "USPS（20桁）", "USPS (20 digits)", CheckRule.GS1_MOD10,
      Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4}, "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s"),
  /**
   * USPS legacy 20 digits, checked as if {@code 91} were prefixed; a 20-digit number passes at most
   * one of this and {@link #USPS_20} (§1.10).
   */
  USPS_20_LEGACY(IdentifierKind.TRACKING_NUMBER, Carrier.USPS, "USPS（20桁、旧形式）", "USPS (20 digits, legacy)",
      CheckRule.GS1_MOD10, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4},
      "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s"),
  /** USPS IMpb: {@code 91}–{@code 95} then 20, 24 or 28 digits, GS1 mod 10 (§1.10). */
  USPS_IMPB(IdentifierKind.TRACKING_NUMBER, Carrier.USPS, "USPS（IMpb）", "USPS (IMpb)", CheckRule.GS1_MOD10,
      Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4}, "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s"),
  /**
   * USPS IMpb with the routing prefix {@code 420} + ZIP5 or ZIP+4, which is not part of the check
   * (§1.10).
   */
  USPS_IMPB_ROUTED(IdentifierKind.TRACKING_NUMBER, Carrier.USPS, "USPS（IMpb、郵便番号付き）", "USPS (IMpb with ZIP routing)",
      CheckRule.GS1_MOD10, Confidence.CHECK_DIGIT_VERIFIED, ' ', new int[] {4},
      "https://tools.usps.com/go/TrackConfirmAction?tLabels=%s");

  /** {@link #evaluate} result: the shape does not match. */
  static final int NO_MATCH = -3;
  /** {@link #evaluate} result: the shape matches and the check digit holds or there is none. */
  static final int MATCH = -1;

  private static final String NUMBER = "%s";

  private final IdentifierKind kind;
  private final Carrier carrier;
  private final String serviceJapanese;
  private final String serviceEnglish;
  private final CheckRule checkRule;
  private final Confidence confidenceClass;
  private final char separator;
  private final ImmutableList<Integer> grouping;
  private final @Nullable String urlTemplate;

  IdentifierFormat(IdentifierKind kind, Carrier carrier, String serviceJapanese, String serviceEnglish,
      CheckRule checkRule, Confidence confidenceClass, char separator, int[] grouping, @Nullable String urlTemplate) {
    this.kind = kind;
    this.carrier = carrier;
    this.serviceJapanese = serviceJapanese;
    this.serviceEnglish = serviceEnglish;
    this.checkRule = checkRule;
    this.confidenceClass = confidenceClass;
    this.separator = separator;
    this.grouping = ImmutableList.copyOf(Ints.asList(grouping));
    this.urlTemplate = urlTemplate;
  }

  /**
   * Returns whether this format names a parcel or an order.
   *
   * @return the kind
   */
  public IdentifierKind kind() {
    return kind;
  }

  /**
   * Returns the issuing carrier.
   *
   * @return the carrier
   */
  public Carrier carrier() {
    return carrier;
  }

  /**
   * Returns the service or product line in {@code locale}'s language.
   *
   * @param locale the reader's locale
   * @return the service name
   */
  public String service(Locale locale) {
    return Language.of(requireNonNull(locale, "locale")) == Language.JAPANESE ? serviceJapanese : serviceEnglish;
  }

  /**
   * Returns the check-digit rule.
   *
   * @return the rule, {@link CheckRule#NONE} for formats recognized by shape only
   */
  public CheckRule checkRule() {
    return checkRule;
  }

  /**
   * Returns the confidence a matching number gets when its check digit holds (or, for formats
   * without one, when its shape matches): {@link Confidence#CHECK_DIGIT_VERIFIED}, {@link
   * Confidence#FORMAT_ONLY} or {@link Confidence#UNSOURCED}.
   *
   * @return the confidence class
   */
  public Confidence confidenceClass() {
    return confidenceClass;
  }

  /**
   * Returns the printed group sizes, left to right; when a number is longer than their sum the last
   * size repeats. Empty if the number is printed in one piece.
   *
   * @return the group sizes
   */
  public ImmutableList<Integer> grouping() {
    return grouping;
  }

  /**
   * Returns the separator printed between groups: {@code '-'} or {@code ' '}.
   *
   * @return the separator
   */
  public char separator() {
    return separator;
  }

  /**
   * Formats a normalized value as the carrier prints it, such as {@code 1234-5678-9013} or
   * {@code EG 725 089 303 JP}.
   *
   * @param normalized the normalized value (see {@link InputNormalizer})
   * @return the grouped text, the full unmasked value
   */
  public String display(CharSequence normalized) {
    requireNonNull(normalized, "normalized");
    int length = normalized.length();
    if (grouping.isEmpty()) {
      return normalized.toString();
    }
    StringBuilder out = new StringBuilder(length + 8);
    int group = 0;
    int inGroup = 0;
    for (int i = 0; i < length; i++) {
      int size = grouping.get(Math.min(group, grouping.size() - 1));
      if (inGroup == size) {
        out.append(separator);
        group++;
        inGroup = 0;
      }
      out.append(normalized.charAt(i));
      inGroup++;
    }
    return out.toString();
  }

  /**
   * Returns the page where a number of this format is tracked. Amazon formats lead to the order
   * history, which does not take the number; formats without a known page give empty. Nothing is
   * fetched.
   *
   * @param normalized the normalized value; only ASCII letters and digits are put into the address
   * @return the address, or empty
   * @throws IllegalArgumentException if {@code normalized} contains anything but ASCII letters and
   *     digits (the message does not contain it)
   */
  public Optional<URI> trackingUri(CharSequence normalized) {
    requireNonNull(normalized, "normalized");
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
        throw new IllegalArgumentException("a tracking address takes a normalized number (ASCII letters and digits)");
      }
    }
    String template = urlTemplate;
    if (template == null) {
      return Optional.empty();
    }
    return Optional.of(URI.create(template.replace(NUMBER, normalized)));
  }

  /**
   * Matches a normalized value: {@link #NO_MATCH}, {@link #MATCH}, or the check digit (0–9) that
   * would make a value of this shape valid. Allocation-free.
   */
  int evaluate(String v, boolean allDigits) {
    int n = v.length();
    switch (this) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
        return allDigits && n == 12 ? verdict(v, 11, CheckDigits.mod7(v, 0, 11)) : NO_MATCH;
      case JAPAN_POST_REGISTERED_11:
        return allDigits && n == 11 ? verdict(v, 10, CheckDigits.mod7(v, 0, 10)) : NO_MATCH;
      case SAGAWA_SHORT:
        return allDigits && (n == 10 || n == 11) ? MATCH : NO_MATCH;
      case JAPAN_POST_INTERNATIONAL:
        return isS10Shape(v) && isJapan(v) ? verdict(v, 10, CheckDigits.s10At(v, 2)) : NO_MATCH;
      case UPU_S10:
        return isS10Shape(v) && !isJapan(v) ? verdict(v, 10, CheckDigits.s10At(v, 2)) : NO_MATCH;
      case AMAZON_JAPAN_DELIVERY:
        return n >= 10 && n <= 14 && isAmazonJapanPrefix(v) && digitsFrom(v, 2) ? MATCH : NO_MATCH;
      case AMAZON_LOGISTICS:
        return n == 15 && v.charAt(0) == 'T' && v.charAt(1) == 'B'
            && (v.charAt(2) == 'A' || v.charAt(2) == 'C' || v.charAt(2) == 'M') && digitsFrom(v, 3) ? MATCH : NO_MATCH;
      case AMAZON_ORDER:
        return allDigits && n == 17 ? MATCH : NO_MATCH;
      case AMAZON_DIGITAL_ORDER:
        return n == 17 && v.charAt(0) == 'D' && digitsFrom(v, 1) ? MATCH : NO_MATCH;
      case SEINO:
        return allDigits && n >= 10 && n <= 12 ? MATCH : NO_MATCH;
      case FUKUYAMA:
        return allDigits && n >= 10 && n <= 14 ? MATCH : NO_MATCH;
      case DHL_EXPRESS:
        return allDigits && (n == 10 || n == 11) ? verdict(v, n - 1, CheckDigits.mod7(v, 0, n - 1)) : NO_MATCH;
      case FEDEX_12:
        return allDigits && n == 12 ? verdict(v, 11, CheckDigits.fedEx12At(v, 0, 11)) : NO_MATCH;
      case FEDEX_34:
        return allDigits && n == 34 && v.charAt(0) != '9' ? verdict(v, 33, CheckDigits.fedEx12At(v, 20, 33)) : NO_MATCH;
      case FEDEX_GROUND_15:
        return allDigits && n == 15 ? verdict(v, 14, CheckDigits.gs1At(v, 0, 14, 0)) : NO_MATCH;
      case FEDEX_GROUND_96:
        return allDigits && n == 22 && v.charAt(0) == '9' && v.charAt(1) == '6'
            ? verdict(v, 21, CheckDigits.gs1At(v, 7, 21, 0)) : NO_MATCH;
      case FEDEX_SSCC_18:
        return allDigits && n == 18 ? verdict(v, 17, CheckDigits.gs1At(v, 2, 17, 0)) : NO_MATCH;
      case UPS_1Z:
        return n == 18 && v.charAt(0) == '1' && v.charAt(1) == 'Z' && CheckDigits.digit(v.charAt(17)) >= 0
            ? verdict(v, 17, CheckDigits.upsAt(v, 2, 17)) : NO_MATCH;
      case USPS_20:
        return allDigits && n == 20 ? verdict(v, 19, CheckDigits.gs1At(v, 0, 19, 0)) : NO_MATCH;
      case USPS_20_LEGACY:
        return allDigits && n == 20 ? verdict(v, 19, CheckDigits.gs1At(v, 0, 19, USPS_91_PREFIX_SUM)) : NO_MATCH;
      case USPS_IMPB:
        return allDigits && isImpb(v, 0) ? verdict(v, n - 1, CheckDigits.gs1At(v, 0, n - 1, 0)) : NO_MATCH;
      case USPS_IMPB_ROUTED:
        return allDigits ? evaluateRouted(v) : NO_MATCH;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * {@link #evaluate} of an all-digit value of {@code n} digits, at most {@link
   * InputNormalizer#MAX_FORM_DIGITS}, given in {@link InputNormalizer#digitForm nibble form}: the
   * same result, without a string. Formats {@link #isDecidedByLength decided by length} take any
   * {@code n} and ignore {@code nibbles}. Only the formats that can match such a value may be asked.
   */
  int evaluateDigits(int n, long nibbles) {
    switch (this) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
        return n == 12 ? verdict(CheckDigits.lastDigit(nibbles), CheckDigits.mod7OfData(nibbles)) : NO_MATCH;
      case JAPAN_POST_REGISTERED_11:
        return n == 11 ? verdict(CheckDigits.lastDigit(nibbles), CheckDigits.mod7OfData(nibbles)) : NO_MATCH;
      case DHL_EXPRESS:
        return n == 10 || n == 11 ? verdict(CheckDigits.lastDigit(nibbles), CheckDigits.mod7OfData(nibbles)) : NO_MATCH;
      case FEDEX_12:
        return n == 12 ? verdict(CheckDigits.lastDigit(nibbles), CheckDigits.fedExOfData(nibbles)) : NO_MATCH;
      case FEDEX_GROUND_15:
        return n == 15 ? verdict(CheckDigits.lastDigit(nibbles), CheckDigits.gs1OfData(nibbles)) : NO_MATCH;
      default:
        if (isDecidedByLength()) {
          return canHaveLength(n) ? MATCH : NO_MATCH;
        }
        throw new AssertionError(this + " has no digit form of " + n + " digits");
    }
  }

  static int verdict(int checkDigit, int expected) {
    return checkDigit == expected ? MATCH : expected;
  }

  /**
   * Whether an all-digit value matches this format or not by its length alone, with no check digit
   * and no prefix: Sagawa's short numbers, Seino, Fukuyama and Amazon order numbers. {@link
   * #evaluateDigits} decides them for any length by {@link #canHaveLength}, without reading a digit.
   */
  boolean isDecidedByLength() {
    switch (this) {
      case SAGAWA_SHORT:
      case SEINO:
      case FUKUYAMA:
      case AMAZON_ORDER:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether this format is one of those whose {@link #evaluate} is, for every length it {@link
   * #canHaveLength can have}, the same modulo-7 check of all digits but the last against the last:
   * Yamato, Sagawa and Japan Post 12, Japan Post registered 11 and DHL Express. Candidates of one
   * length from this family therefore share one evaluation.
   */
  boolean isSevenDrFamily() {
    switch (this) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
      case JAPAN_POST_REGISTERED_11:
      case DHL_EXPRESS:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a value of this format has at least one letter; if not, it is all digits. {@link
   * #evaluate} gives {@link #NO_MATCH} for values of the other kind.
   */
  boolean hasLetters() {
    switch (this) {
      case JAPAN_POST_INTERNATIONAL:
      case UPU_S10:
      case AMAZON_JAPAN_DELIVERY:
      case AMAZON_LOGISTICS:
      case AMAZON_DIGITAL_ORDER:
      case UPS_1Z:
        return true;
      default:
        return false;
    }
  }

  /** Whether a normalized value of {@code n} characters can have this format's shape. */
  boolean canHaveLength(int n) {
    switch (this) {
      case YAMATO_12:
      case SAGAWA_12:
      case JAPAN_POST_12:
      case FEDEX_12:
        return n == 12;
      case JAPAN_POST_REGISTERED_11:
        return n == 11;
      case SAGAWA_SHORT:
      case DHL_EXPRESS:
        return n == 10 || n == 11;
      case JAPAN_POST_INTERNATIONAL:
      case UPU_S10:
        return n == 13;
      case AMAZON_JAPAN_DELIVERY:
      case FUKUYAMA:
        return n >= 10 && n <= 14;
      case SEINO:
        return n >= 10 && n <= 12;
      case AMAZON_LOGISTICS:
      case FEDEX_GROUND_15:
        return n == 15;
      case AMAZON_ORDER:
      case AMAZON_DIGITAL_ORDER:
        return n == 17;
      case FEDEX_34:
        return n == 34;
      case FEDEX_GROUND_96:
        return n == 22;
      case FEDEX_SSCC_18:
      case UPS_1Z:
        return n == 18;
      case USPS_20:
      case USPS_20_LEGACY:
        return n == 20;
      case USPS_IMPB:
        return n == 22 || n == 26 || n == 30;
      case USPS_IMPB_ROUTED:
        return n == 30 || n == 34 || n == 38 || n == 42;
      default:
        throw new AssertionError(this);
    }
  }

  /** The weighted GS1 sum of an implicit {@code 91} prefix before 19 data digits: 9×3 + 1×1. */
  private static final int USPS_91_PREFIX_SUM = 28;

  /** {@code 420} + ZIP5 and {@code 420} + ZIP+4. */
  private static final int[] ROUTING_PREFIX_LENGTHS = {8, 12};

  private static int evaluateRouted(String v) {
    int n = v.length();
    if (n < 30 || v.charAt(0) != '4' || v.charAt(1) != '2' || v.charAt(2) != '0') {
      return NO_MATCH;
    }
    int result = NO_MATCH;
    for (int prefix : ROUTING_PREFIX_LENGTHS) {
      if (isImpb(v, prefix)) {
        int outcome = verdict(v, n - 1, CheckDigits.gs1At(v, prefix, n - 1, 0));
        if (outcome == MATCH) {
          return MATCH;
        }
        if (result == NO_MATCH) {
          result = outcome;
        }
      }
    }
    return result;
  }

  private static boolean isImpb(String v, int from) {
    int rest = v.length() - from;
    return (rest == 22 || rest == 26 || rest == 30) && v.charAt(from) == '9' && v.charAt(from + 1) >= '1'
        && v.charAt(from + 1) <= '5';
  }

  private static int verdict(String v, int checkIndex, int expected) {
    if (expected < 0) {
      return NO_MATCH;
    }
    return CheckDigits.digit(v.charAt(checkIndex)) == expected ? MATCH : expected;
  }

  private static boolean isS10Shape(String v) {
    return v.length() == 13 && isLetter(v.charAt(0)) && isLetter(v.charAt(1)) && isLetter(v.charAt(11))
        && isLetter(v.charAt(12)) && CheckDigits.digit(v.charAt(10)) >= 0;
  }

  private static boolean isJapan(String v) {
    return v.charAt(11) == 'J' && v.charAt(12) == 'P';
  }

  private static boolean isAmazonJapanPrefix(String v) {
    char a = v.charAt(0);
    return (a == 'D' || a == 'T') && (v.charAt(1) == 'A' || (a == 'T' && v.charAt(1) == 'B'));
  }

  private static boolean digitsFrom(String v, int from) {
    for (int i = from; i < v.length(); i++) {
      if (CheckDigits.digit(v.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
