package io.github.kotowari.konbini.store;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.kotowari.konbini.store.KonbiniStore.FAMILYMART;
import static io.github.kotowari.konbini.store.KonbiniStore.LAWSON;
import static io.github.kotowari.konbini.store.KonbiniStore.MINISTOP;
import static io.github.kotowari.konbini.store.KonbiniStore.SEICOMART;
import static io.github.kotowari.konbini.store.KonbiniStore.SEVEN_ELEVEN;
import static io.github.kotowari.konbini.store.PaymentNumberKind.COMPANY_CODE;
import static io.github.kotowari.konbini.store.PaymentNumberKind.CONFIRMATION_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.CUSTOMER_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.ORDER_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PAYMENT_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PAYMENT_SLIP_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.PHONE_NUMBER;
import static io.github.kotowari.konbini.store.PaymentNumberKind.RECEIPT_NUMBER;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of store procedures, at most one per store: which stores can be paid at, and how.
 *
 * <pre>{@code
 * StoreProcedures amazon = StoreProcedures.amazonJapan();
 * amazon.stores();                               // [SEVEN_ELEVEN, FAMILYMART, LAWSON, MINISTOP, SEICOMART]
 * amazon.get(KonbiniStore.SEVEN_ELEVEN).orElseThrow().barcodeAccepted();  // true
 * amazon.get(KonbiniStore.DAILY_YAMAZAKI);      // Optional.empty
 * }</pre>
 *
 * <p>Two catalogues are equal when they hold equal procedures. This class is immutable and
 * thread-safe; the presets are built fresh on each call and are cheap.
 *
 * @since 0.1.0
 */
public final class StoreProcedures {
  private final ImmutableList<StoreProcedure> procedures;

  private StoreProcedures(ImmutableList<StoreProcedure> procedures) {
    this.procedures = procedures;
  }

  /**
   * Returns a catalogue of the given procedures, kept in {@link KonbiniStore} order.
   *
   * @param procedures the procedures, at most one per store
   * @return the catalogue
   * @throws IllegalArgumentException if two procedures are for the same store
   */
  public static StoreProcedures of(Iterable<StoreProcedure> procedures) {
    EnumMap<KonbiniStore, StoreProcedure> byStore = Maps.newEnumMap(KonbiniStore.class);
    for (StoreProcedure procedure : requireNonNull(procedures, "procedures")) {
      checkArgument(byStore.put(requireNonNull(procedure, "procedure").store(), procedure) == null,
          "Two procedures for %s", procedure.store());
    }
    return new StoreProcedures(ImmutableList.copyOf(byStore.values()));
  }

  /**
   * The procedures of the Amazon Japan konbini guide, for its five stores.
   *
   * <p>Where the customer pays, the steps, the number and its length, the barcode and the tenders are
   * the guide's: Seven-Eleven at the register with the 13-digit number or a barcode (cash, nanaco);
   * FamilyMart at Famiport with the 11-digit number or a barcode (cash, FamiPay, Rakuten Edy); Lawson
   * at Loppi with the 11-digit number (cash, PayPay, d払い, Ponta points); Ministop at Loppi like
   * Lawson (cash); Seicomart at Club Station (cash only). Two of the guide's gaps are filled and
   * documented: it gives no length for the Ministop and Seicomart numbers (taken as the same 11-digit
   * payment number, see {@link PaymentNumberKind#PAYMENT_NUMBER}), and its overview lists a barcode for
   * Lawson while its terminal table asks for the number only (the terminal table is followed, so
   * {@link StoreProcedure#barcodeAccepted()} is false for Lawson). The guide's "cash only at the
   * terminal" remark is available through {@link TenderPolicy#CASH_ONLY_AT_TERMINALS}.
   *
   * @return the catalogue, never null
   */
  public static StoreProcedures amazonJapan() {
    PaymentScheme s = PaymentScheme.AMAZON_JAPAN;
    ImmutableList<ProcedureStep> loppi = ImmutableList.of(
        ProcedureStep.of("Loppiのトップ画面で「各種番号をお持ちの方」を選ぶ",
            "On the Loppi top screen, choose \"I have a number\" (各種番号をお持ちの方)."),
        ProcedureStep.of("11桁のお支払い番号を入力する", "Enter the 11-digit payment number."),
        ProcedureStep.of("発券された申込券をレジで渡して代金を支払う",
            "Hand the printed slip to the register and pay."),
        ProcedureStep.of("領収書を受け取る", "Keep the receipt."));
    return of(ImmutableList.of(
        StoreProcedure.of(SEVEN_ELEVEN, s, PaymentPlace.REGISTER, ImmutableList.of(
                ProcedureStep.of("レジで「インターネット支払い」と伝える",
                    "At the register, say it is an \"internet payment\" (インターネット支払い)."),
                ProcedureStep.of("バーコードを見せるか、13桁の番号を伝える",
                    "Show the barcode, or give the 13-digit number."),
                ProcedureStep.of("代金を支払い、領収書を受け取る", "Pay and keep the receipt.")),
            ImmutableList.of(PAYMENT_SLIP_NUMBER), ImmutableSet.of(Tender.CASH, Tender.NANACO), true),
        StoreProcedure.of(FAMILYMART, s, PaymentPlace.FAMIPORT, ImmutableList.of(
                ProcedureStep.of("Famiポートのトップ画面で「代金支払い」を選ぶ",
                    "On the Famiport top screen, choose \"Payments\" (代金支払い)."),
                ProcedureStep.of("「番号入力」を選び、11桁のお支払い番号を入力するか、バーコードを読み取らせる",
                    "Choose \"Enter number\" (番号入力) and enter the 11-digit payment number, or scan the barcode."),
                ProcedureStep.of("発券されたレシートをレジに持って行き、代金を支払う",
                    "Take the printed slip to the register and pay."),
                ProcedureStep.of("領収書を受け取る", "Keep the receipt.")),
            ImmutableList.of(PAYMENT_NUMBER), ImmutableSet.of(Tender.CASH, Tender.FAMIPAY, Tender.RAKUTEN_EDY),
            true),
        StoreProcedure.of(LAWSON, s, PaymentPlace.LOPPI, loppi, ImmutableList.of(PAYMENT_NUMBER),
            ImmutableSet.of(Tender.CASH, Tender.PAYPAY, Tender.D_BARAI, Tender.PONTA_POINTS), false),
        StoreProcedure.of(MINISTOP, s, PaymentPlace.LOPPI, loppi, ImmutableList.of(PAYMENT_NUMBER),
            ImmutableSet.of(Tender.CASH), false),
        StoreProcedure.of(SEICOMART, s, PaymentPlace.CLUB_STATION, ImmutableList.of(
                ProcedureStep.of("店内の端末「クラブステーション」でお支払い番号を入力する",
                    "At the in-store terminal Club Station (クラブステーション), enter the payment number."),
                ProcedureStep.of("出力された用紙をレジに持って行き、現金で支払う",
                    "Take the printed slips to the register and pay in cash."),
                ProcedureStep.of("領収書を受け取る", "Keep the receipt.")),
            ImmutableList.of(PAYMENT_NUMBER), ImmutableSet.of(Tender.CASH), false)));
  }

  /**
   * The procedures public payment gateways give their merchants' customers, with the per-store
   * identifiers recorded in {@code konbini.md}.
   *
   * <p>Seven-Eleven: the 13-digit payment slip number, or the slip's barcode, at the register; cash or
   * nanaco (KOMOJU, "How to Pay at Convenience Stores", help.komoju.com; SB Payment Service's
   * Seven-Eleven instructions). FamilyMart: a 5-digit company code and a 12-digit order number at
   * Famiport, or a barcode at the register; cash or FamiPay (KOMOJU, same page). Lawson and Ministop:
   * a customer number and a 4-digit confirmation number at Loppi; cash. Seicomart: a 6-digit receipt
   * number and the customer's phone number at Club Station; cash. The slip a terminal prints is valid
   * for 30 minutes in every published instruction read. Some gateways now take Seicomart payments at
   * the register instead of Club Station; that variant, and Daily Yamazaki (whose number format was not
   * found in the sources read), are not in this catalogue.
   *
   * @return the catalogue, never null
   */
  public static StoreProcedures paymentGateways() {
    PaymentScheme s = PaymentScheme.PAYMENT_GATEWAY;
    ImmutableList<ProcedureStep> loppi = ImmutableList.of(
        ProcedureStep.of("Loppiのトップ画面で「各種番号をお持ちの方」を選ぶ",
            "On the Loppi top screen, choose \"I have a number\" (各種番号をお持ちの方)."),
        ProcedureStep.of("お客様番号を入力する", "Enter the customer number."),
        ProcedureStep.of("確認番号（4桁）を入力し、内容を確認する",
            "Enter the 4-digit confirmation number and check the details."),
        ProcedureStep.of("発券された申込券を30分以内にレジに持って行き、代金を支払う",
            "Take the printed slip to the register within 30 minutes and pay."),
        ProcedureStep.of("領収書を受け取る", "Keep the receipt."));
    return of(ImmutableList.of(
        StoreProcedure.of(SEVEN_ELEVEN, s, PaymentPlace.REGISTER, ImmutableList.of(
                ProcedureStep.of("レジで「インターネットショッピングの支払い」と伝える",
                    "At the register, say you are paying for internet shopping."),
                ProcedureStep.of("払込票（画面または印刷）を見せるか、13桁の払込票番号を伝える",
                    "Show the payment slip (on screen or printed), or give the 13-digit payment slip number."),
                ProcedureStep.of("代金を支払い、領収書を受け取る", "Pay and keep the receipt.")),
            ImmutableList.of(PAYMENT_SLIP_NUMBER), ImmutableSet.of(Tender.CASH, Tender.NANACO), true),
        StoreProcedure.of(FAMILYMART, s, PaymentPlace.FAMIPORT, ImmutableList.of(
                ProcedureStep.of("Famiポートのトップ画面で「代金支払い」を選び、「番号入力」を選ぶ",
                    "On the Famiport top screen, choose \"Payments\" (代金支払い), then \"Enter number\" (番号入力)."),
                ProcedureStep.of("企業コード（5桁）を入力する", "Enter the 5-digit company code."),
                ProcedureStep.of("注文番号（12桁）を入力し、内容を確認する",
                    "Enter the 12-digit order number and check the details."),
                ProcedureStep.of("発券された申込券を30分以内にレジに持って行き、代金を支払う",
                    "Take the printed slip to the register within 30 minutes and pay."),
                ProcedureStep.of("領収書を受け取る", "Keep the receipt.")),
            ImmutableList.of(COMPANY_CODE, ORDER_NUMBER), ImmutableSet.of(Tender.CASH, Tender.FAMIPAY), true),
        StoreProcedure.of(LAWSON, s, PaymentPlace.LOPPI, loppi,
            ImmutableList.of(CUSTOMER_NUMBER, CONFIRMATION_NUMBER), ImmutableSet.of(Tender.CASH), false),
        StoreProcedure.of(MINISTOP, s, PaymentPlace.LOPPI, loppi,
            ImmutableList.of(CUSTOMER_NUMBER, CONFIRMATION_NUMBER), ImmutableSet.of(Tender.CASH), false),
        StoreProcedure.of(SEICOMART, s, PaymentPlace.CLUB_STATION, ImmutableList.of(
                ProcedureStep.of("クラブステーションのトップ画面で「インターネット受付」を選ぶ",
                    "On the Club Station top screen, choose \"Internet orders\" (インターネット受付)."),
                ProcedureStep.of("受付番号（6桁）を入力する", "Enter the 6-digit receipt number."),
                ProcedureStep.of("注文時に登録した電話番号を入力し、内容を確認して印刷する",
                    "Enter the phone number given when ordering, check the details and print."),
                ProcedureStep.of("出力された用紙を30分以内にレジに持って行き、現金で支払う",
                    "Take the printed slips to the register within 30 minutes and pay in cash."),
                ProcedureStep.of("領収書を受け取る", "Keep the receipt.")),
            ImmutableList.of(RECEIPT_NUMBER, PHONE_NUMBER), ImmutableSet.of(Tender.CASH), false)));
  }

  /**
   * Returns the procedure for {@code store}, if the catalogue has one.
   *
   * @param store the store, not null
   * @return the procedure, or empty if payment at this store is not offered
   */
  public Optional<StoreProcedure> get(KonbiniStore store) {
    requireNonNull(store, "store");
    return procedures.stream().filter(p -> p.store() == store).findFirst();
  }

  /**
   * Returns every procedure, in {@link KonbiniStore} order.
   *
   * @return the procedures
   */
  public ImmutableList<StoreProcedure> procedures() {
    return procedures;
  }

  /**
   * Returns the stores that have a procedure, in {@link KonbiniStore} order.
   *
   * @return the stores
   */
  public ImmutableSet<KonbiniStore> stores() {
    return procedures.stream().map(StoreProcedure::store).collect(ImmutableSet.toImmutableSet());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoreProcedures that && procedures.equals(that.procedures);
  }

  @Override
  public int hashCode() {
    return procedures.hashCode();
  }

  /**
   * Returns the stores and their procedures, one summary each.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "StoreProcedures" + procedures;
  }
}
