package io.github.kotowari.carriers.notracking;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.carriers.contact.OpenStatus;
import io.github.kotowari.core.rule.ParamKey;
import io.github.kotowari.core.rule.ReasonCode;
import io.github.kotowari.core.rule.RemedyCode;

/**
 * Reason and remedy codes of {@link MissingTrackingNumber}, with Japanese and English messages.
 *
 * <pre>{@code
 * decision.hasReason(MissingTrackingCodes.NOT_SHIPPED_YET);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MissingTrackingCodes {
  private MissingTrackingCodes() {}

  /** A number of hours. */
  public static final ParamKey<Long> HOURS = ParamKey.of("hours", Long.class);
  /** A moment in Japan time, as {@code 2026-12-01 21:00 JST}. */
  public static final ParamKey<String> AT = ParamKey.of("at", String.class);
  /** A phone number as printed. */
  public static final ParamKey<String> PHONE = ParamKey.of("phone", String.class);
  /** Opening hours as text. */
  public static final ParamKey<String> OPENING_HOURS = ParamKey.of("opening-hours", String.class);
  /** Whether the line is open now. */
  public static final ParamKey<OpenStatus> OPEN_NOW = ParamKey.of("open-now", OpenStatus.class);

  /** The order has not shipped. */
  public static final ReasonCode NOT_SHIPPED_YET = ReasonCode.builder("no-tracking.not-shipped-yet")
      .japanese("まだ出荷されていません。お問い合わせ番号は出荷後に表示されます。")
      .english("The order has not shipped yet; the tracking number appears once it ships.")
      .build();

  /** Shipped recently: the carrier may not have registered the parcel. */
  public static final ReasonCode CARRIER_NOT_REGISTERED_YET = ReasonCode.builder("no-tracking.carrier-not-registered-yet")
      .param(HOURS)
      .japanese("出荷から間もないため、配送業者への登録や番号の反映が済んでいない可能性があります（出荷後 {hours} 時間ほどかかることがあります）。")
      .english("The order shipped recently: the carrier may not have registered the parcel or the number may not "
          + "be shown yet (this can take up to {hours} hours after shipping).")
      .build();

  /** Amazon delivers it itself. */
  public static final ReasonCode AMAZON_DELIVERY = ReasonCode.builder("no-tracking.amazon-delivery")
      .japanese("Amazon配送のため、配送業者の番号はなく、Amazonの配送状況ページで追跡します。")
      .english("Amazon delivers this order itself: there is no carrier number; it is tracked on Amazon's page.")
      .build();

  /** The marketplace seller has not entered the number. */
  public static final ReasonCode SELLER_NOT_ENTERED = ReasonCode.builder("no-tracking.seller-not-entered")
      .param(HOURS)
      .japanese("マーケットプレイス出品者が出荷後 {hours} 時間以上たってもお問い合わせ番号を登録していません。")
      .english("The marketplace seller has not entered a tracking number {hours} hours or more after shipping.")
      .build();

  /** Shipped long ago by Amazon and still no number. */
  public static final ReasonCode SYSTEM_DELAY = ReasonCode.builder("no-tracking.system-delay")
      .param(HOURS)
      .japanese("出荷から {hours} 時間以上たっても番号が表示されません。システムの遅延や不具合が考えられます。")
      .english("No number is shown {hours} hours or more after shipping: probably a system delay or error.")
      .build();

  /** Look again later. */
  public static final RemedyCode LOOK_AGAIN = RemedyCode.builder("no-tracking.look-again")
      .param(AT)
      .japanese("{at} 以降にもう一度注文履歴を確認してください。")
      .english("Look at the order history again after {at}.")
      .build();

  /** Look in the shipping mail. */
  public static final RemedyCode CHECK_SHIPPING_MAIL = RemedyCode.builder("no-tracking.check-shipping-mail")
      .japanese("出荷通知メールにお問い合わせ番号が書かれていないか確認してください。")
      .english("Look for the tracking number in the shipping notification mail.")
      .build();

  /** Ask the seller. */
  public static final RemedyCode CONTACT_SELLER = RemedyCode.builder("no-tracking.contact-seller")
      .japanese("注文履歴の「出品者に問い合わせる」から出品者に番号を尋ねてください。")
      .english("Ask the seller for the number through \u201cContact seller\u201d in the order history.")
      .build();

  /** Call customer service. */
  public static final RemedyCode CONTACT_CUSTOMER_SERVICE = RemedyCode.builder("no-tracking.contact-customer-service")
      .param(PHONE).param(OPENING_HOURS).param(OPEN_NOW)
      .japanese("Amazonカスタマーサービス {phone}（受付 {opening-hours}、{open-now}）またはチャットで問い合わせてください。")
      .english("Contact Amazon customer service at {phone} (hours {opening-hours}; {open-now}) or by chat.")
      .build();

  /**
   * Returns every reason code.
   *
   * @return the codes, in a stable order
   */
  public static ImmutableList<ReasonCode> reasons() {
    return ImmutableList.of(NOT_SHIPPED_YET, CARRIER_NOT_REGISTERED_YET, AMAZON_DELIVERY, SELLER_NOT_ENTERED,
        SYSTEM_DELAY);
  }

  /**
   * Returns every remedy code.
   *
   * @return the codes, in a stable order
   */
  public static ImmutableList<RemedyCode> remedies() {
    return ImmutableList.of(LOOK_AGAIN, CHECK_SHIPPING_MAIL, CONTACT_SELLER, CONTACT_CUSTOMER_SERVICE);
  }
}
