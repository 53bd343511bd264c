package io.github.kotowari.carriers.contact;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;

/**
 * Reason and remedy codes of the contact checks, with Japanese and English messages. Messages never
 * contain the checked address or number, only the organization and the official domain or number.
 *
 * <pre>{@code
 * check.reasons().get(0).reason().equals(ContactCodes.LOOKALIKE_DOMAIN);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContactCodes {
  private ContactCodes() {}

  /** The organization concerned. */
  public static final ParamKey<Organization> ORGANIZATION = ParamKey.of("organization", Organization.class);
  /** An official domain. */
  public static final ParamKey<String> OFFICIAL_DOMAIN = ParamKey.of("official-domain", String.class);
  /** An official phone number as printed. */
  public static final ParamKey<String> OFFICIAL_PHONE = ParamKey.of("official-phone", String.class);
  /** Opening hours as text. */
  public static final ParamKey<String> HOURS = ParamKey.of("hours", String.class);

  /** The phone number is an official line. */
  public static final ReasonCode OFFICIAL_PHONE_NUMBER = ReasonCode.builder("contact.official-phone")
      .param(ORGANIZATION).param(HOURS)
      .japanese("{organization}の公式の電話番号です（受付時間 {hours}）。")
      .english("An official phone number of {organization} (open {hours}).")
      .build();

  /** The sender or link is under an official domain. */
  public static final ReasonCode OFFICIAL_DOMAIN_MATCH = ReasonCode.builder("contact.official-domain")
      .param(ORGANIZATION).param(OFFICIAL_DOMAIN)
      .japanese("{organization}の公式ドメイン {official-domain} です。")
      .english("Under {organization}'s official domain {official-domain}.")
      .build();

  /** A mail's From address can be forged. */
  public static final ReasonCode SENDER_CAN_BE_FORGED = ReasonCode.builder("contact.sender-can-be-forged")
      .japanese("差出人アドレスは偽装できます。公式ドメインでも、メール内のリンクではなくアプリや注文履歴から確認してください。")
      .english("A sender address can be forged: even from an official domain, check in the app or order history "
          + "rather than through the mail's links.")
      .build();

  /** The phone number is not on the official list. */
  public static final ReasonCode PHONE_NOT_LISTED = ReasonCode.builder("contact.phone-not-listed")
      .japanese("公式の連絡先一覧にない電話番号です。")
      .english("This phone number is not on the list of official contacts.")
      .build();

  /** The phone number differs from an official one by one digit or one swap. */
  public static final ReasonCode LOOKALIKE_PHONE = ReasonCode.builder("contact.lookalike-phone")
      .param(ORGANIZATION).param(OFFICIAL_PHONE)
      .japanese("{organization}の公式番号 {official-phone} に似ていますが、一致しません。なりすましの可能性があります。")
      .english("Resembles {organization}'s official number {official-phone} but does not match it: "
          + "possibly an impersonation.")
      .build();

  /** The domain is not on the official list. */
  public static final ReasonCode DOMAIN_NOT_LISTED = ReasonCode.builder("contact.domain-not-listed")
      .japanese("公式ドメインの一覧にないドメインです。")
      .english("This domain is not on the list of official domains.")
      .build();

  /** The domain imitates an official one. */
  public static final ReasonCode LOOKALIKE_DOMAIN = ReasonCode.builder("contact.lookalike-domain")
      .param(ORGANIZATION).param(OFFICIAL_DOMAIN)
      .japanese("{organization}の公式ドメイン {official-domain} に似せたドメインです。フィッシングの疑いがあります。")
      .english("Imitates {organization}'s official domain {official-domain}: a phishing signal.")
      .build();

  /** The host uses an internationalized (punycode) label. */
  public static final ReasonCode PUNYCODE_HOST = ReasonCode.builder("contact.punycode-host")
      .japanese("国際化ドメイン名（xn--）を含みます。見た目の似た別の文字でつくられた偽ドメインに使われることがあります。")
      .english("Contains an internationalized (xn--) label, a form used to build look-alike domains from "
          + "similar-looking characters.")
      .build();

  /** Not a phone number, address or host. */
  public static final ReasonCode MALFORMED_CONTACT = ReasonCode.builder("contact.malformed")
      .japanese("電話番号・メールアドレス・URL・ホスト名のいずれとしても読めません。")
      .english("Cannot be read as a phone number, e-mail address, link or host name.")
      .build();

  /** Contact the organization through its official channel. */
  public static final RemedyCode USE_OFFICIAL_CHANNEL = RemedyCode.builder("contact.use-official-channel")
      .param(ORGANIZATION).param(OFFICIAL_PHONE)
      .japanese("メールやSMSのリンク・番号は使わず、{organization}の公式番号 {official-phone} か公式アプリから確認してください。")
      .english("Do not use the links or numbers in the message; check through {organization}'s official number "
          + "{official-phone} or official app.")
      .build();

  /** Check in the order history. */
  public static final RemedyCode CHECK_ORDER_HISTORY = RemedyCode.builder("contact.check-order-history")
      .japanese("リンクを開かず、Amazonのアプリまたはブックマークから注文履歴を開いて確認してください。")
      .english("Do not open the link: open the order history from the Amazon app or a bookmark instead.")
      .build();

  /**
   * Returns every reason code of the contact checks.
   *
   * @return the codes, in a stable order
   */
  public static ImmutableList<ReasonCode> reasons() {
    return ImmutableList.of(OFFICIAL_PHONE_NUMBER, OFFICIAL_DOMAIN_MATCH, SENDER_CAN_BE_FORGED, PHONE_NOT_LISTED,
        LOOKALIKE_PHONE, DOMAIN_NOT_LISTED, LOOKALIKE_DOMAIN, PUNYCODE_HOST, MALFORMED_CONTACT);
  }

  /**
   * Returns every remedy code of the contact checks.
   *
   * @return the codes, in a stable order
   */
  public static ImmutableList<RemedyCode> remedies() {
    return ImmutableList.of(USE_OFFICIAL_CHANNEL, CHECK_ORDER_HISTORY);
  }
}
