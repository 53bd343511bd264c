package io.github.kotowari.konbini.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a customer pays one store under one {@link PaymentScheme}: where in the store, the ordered steps
 * in Japanese and English, the numbers to bring, the tenders the store takes for this payment and
 * whether a barcode can be shown instead of the number.
 *
 * <pre>{@code
 * StoreProcedure lawson = StoreProcedures.amazonJapan().get(KonbiniStore.LAWSON).orElseThrow();
 * lawson.place();                                        // LOPPI
 * lawson.identifiers();                                  // [PAYMENT_NUMBER]
 * lawson.tenders();                                      // [CASH, PAYPAY, D_BARAI, PONTA_POINTS]
 * lawson.tenders(TenderPolicy.CASH_ONLY_AT_TERMINALS);   // [CASH]
 * }</pre>
 *
 * <p><b>Tenders.</b> The sources contradict each other on what a customer may pay with once the slip
 * is printed at a terminal (see {@link TenderPolicy}): {@link #tenders()} is the procedure's own
 * per-store set, {@link #tenders(TenderPolicy)} applies the strict "cash only at terminals" reading
 * when asked. Cash is always accepted; a card never is ({@link Tender} has no card).
 *
 * <p>Two procedures are equal when all their parts are equal. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class StoreProcedure {
  private final KonbiniStore store;
  private final PaymentScheme scheme;
  private final PaymentPlace place;
  private final ImmutableList<ProcedureStep> steps;
  private final ImmutableList<PaymentNumberKind> identifiers;
  private final ImmutableSet<Tender> tenders;
  private final boolean barcodeAccepted;

  private StoreProcedure(KonbiniStore store, PaymentScheme scheme, PaymentPlace place,
      ImmutableList<ProcedureStep> steps, ImmutableList<PaymentNumberKind> identifiers,
      ImmutableSet<Tender> tenders, boolean barcodeAccepted) {
    this.store = store;
    this.scheme = scheme;
    this.place = place;
    this.steps = steps;
    this.identifiers = identifiers;
    this.tenders = tenders;
    this.barcodeAccepted = barcodeAccepted;
  }

  /**
   * Returns a procedure from its parts.
   *
   * @param store the store, not null
   * @param scheme whose procedure this is, not null
   * @param place where the customer starts paying, not null
   * @param steps the steps in order, at least one
   * @param identifiers the numbers the customer brings, in the order they are asked for, at least one,
   *     no kind twice
   * @param tenders what the store takes for this payment; must include {@link Tender#CASH}
   * @param barcodeAccepted whether a barcode can be shown instead of typing or saying the number
   * @return the procedure
   * @throws IllegalArgumentException if a list is empty, an identifier repeats or cash is missing
   */
  public static StoreProcedure of(KonbiniStore store, PaymentScheme scheme, PaymentPlace place,
      Iterable<ProcedureStep> steps, Iterable<PaymentNumberKind> identifiers, Iterable<Tender> tenders,
      boolean barcodeAccepted) {
    requireNonNull(store, "store");
    requireNonNull(scheme, "scheme");
    requireNonNull(place, "place");
    ImmutableList<ProcedureStep> stepList = ImmutableList.copyOf(requireNonNull(steps, "steps"));
    ImmutableList<PaymentNumberKind> identifierList =
        ImmutableList.copyOf(requireNonNull(identifiers, "identifiers"));
    ImmutableSet<Tender> tenderSet = Sets.immutableEnumSet(requireNonNull(tenders, "tenders"));
    checkArgument(!stepList.isEmpty(), "A store procedure needs at least one step");
    checkArgument(!identifierList.isEmpty(), "A store procedure needs at least one identifier");
    checkArgument(ImmutableSet.copyOf(identifierList).size() == identifierList.size(),
        "A store procedure asks for each kind of number once");
    checkArgument(tenderSet.contains(Tender.CASH), "Every store procedure accepts cash");
    return new StoreProcedure(store, scheme, place, stepList, identifierList, tenderSet, barcodeAccepted);
  }

  /**
   * Returns the store.
   *
   * @return the store
   */
  public KonbiniStore store() {
    return store;
  }

  /**
   * Returns whose procedure this is.
   *
   * @return the scheme
   */
  public PaymentScheme scheme() {
    return scheme;
  }

  /**
   * Returns where in the store the customer starts paying.
   *
   * @return the register or a terminal
   */
  public PaymentPlace place() {
    return place;
  }

  /**
   * Returns the steps in order.
   *
   * @return the steps, never empty
   */
  public ImmutableList<ProcedureStep> steps() {
    return steps;
  }

  /**
   * Returns the steps' texts in {@code locale}'s language, in order.
   *
   * @param locale the reader's locale
   * @return the texts, never empty
   */
  public ImmutableList<String> steps(Locale locale) {
    requireNonNull(locale, "locale");
    return steps.stream().map(step -> step.display(locale)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the kinds of number the customer brings, in the order the store asks for them.
   *
   * @return the kinds, never empty
   */
  public ImmutableList<PaymentNumberKind> identifiers() {
    return identifiers;
  }

  /**
   * Returns the tenders the store takes for this payment under the default
   * {@link TenderPolicy#PER_STORE}.
   *
   * @return the tenders in {@link Tender} order; always includes cash
   */
  public ImmutableSet<Tender> tenders() {
    return tenders;
  }

  /**
   * Returns the tenders the store takes for this payment under {@code policy}: under
   * {@link TenderPolicy#CASH_ONLY_AT_TERMINALS} a procedure that starts at a terminal takes cash only.
   *
   * @param policy how to read the sources' contradiction, not null
   * @return the tenders in {@link Tender} order; always includes cash
   */
  public ImmutableSet<Tender> tenders(TenderPolicy policy) {
    requireNonNull(policy, "policy");
    return policy == TenderPolicy.CASH_ONLY_AT_TERMINALS && place.isTerminal()
        ? Sets.immutableEnumSet(Tender.CASH) : tenders;
  }

  /**
   * Returns whether the customer can show a barcode instead of typing or saying the number.
   *
   * @return true if a barcode is accepted
   */
  public boolean barcodeAccepted() {
    return barcodeAccepted;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoreProcedure that && store == that.store && scheme == that.scheme
        && place == that.place && steps.equals(that.steps) && identifiers.equals(that.identifiers)
        && tenders.equals(that.tenders) && barcodeAccepted == that.barcodeAccepted;
  }

  @Override
  public int hashCode() {
    return Objects.hash(store, scheme, place, steps, identifiers, tenders, barcodeAccepted);
  }

  /**
   * Returns a one-line summary, such as
   * {@code StoreProcedure[LAWSON, AMAZON_JAPAN, LOPPI, [PAYMENT_NUMBER], [CASH, PAYPAY], barcode=false]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "StoreProcedure[" + store + ", " + scheme + ", " + place + ", " + identifiers + ", " + tenders
        + ", barcode=" + barcodeAccepted + "]";
  }
}
