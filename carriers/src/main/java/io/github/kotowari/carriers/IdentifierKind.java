package io.github.kotowari.carriers;

/**
 * What an identifier names: a parcel (tracking number) or an order.
 *
 * <pre>{@code
 * IdentifierFormat.AMAZON_ORDER.kind();  // ORDER_NUMBER
 * }</pre>
 *
 * @since 0.1.0
 */
public enum IdentifierKind {
  /** A carrier's tracking number (お問い合わせ番号, 伝票番号, 追跡番号). */
  TRACKING_NUMBER,
  /** An Amazon order number (注文番号). */
  ORDER_NUMBER
}
