package io.github.kotowari.konbini.split;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kotowari.core.money.Yen;
import io.github.kotowari.core.order.ItemKind;
import io.github.kotowari.core.order.LineItem;
import io.github.kotowari.core.order.Order;
import io.github.kotowari.core.order.Seller;
import io.github.kotowari.core.order.ShippingOption;
import io.github.kotowari.konbini.KonbiniPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Splits an order into the fewest orders that can each be paid at a konbini under a policy's cap,
 * and sets aside the units that no konbini order can take.
 *
 * <pre>{@code
 * SplitPlanner planner = SplitPlanner.of(KonbiniPolicy.amazonJapan());
 * SplitPlan plan = planner.plan(order);              // throws SplitTooLargeException past the limit
 * Optional<SplitPlan> maybe = planner.tryPlan(order); // empty instead
 * SplitPlan fromPrices = planner.plan(List.of(Yen.of(200_000), Yen.of(150_000), Yen.of(100_000)));
 * }</pre>
 *
 * <p><b>What is set aside.</b> Lines whose kind the policy excludes, pre-orders when the policy
 * excludes them, and units whose price alone is over the cap go to {@link SplitPlan#payAnotherWay()}
 * with their {@link SetAside.Reason}. Every other unit is packed.
 *
 * <p><b>Packing.</b> The units of one line are identical, so a line is packed as a class of
 * {@code quantity} units, never unit by unit: the cost does not grow with quantities.
 * <ul>
 *   <li>Up to {@value #EXACT_MAX_UNITS} payable units: an exact branch and bound (units in
 *       decreasing price, each placed in an open order or a new one, orders with equal room tried
 *       once, cut when it cannot beat the best found; started from the first-fit-decreasing
 *       answer and stopped at the lower bound). Its worst case is the number of set partitions of
 *       {@value #EXACT_MAX_UNITS} units, a fixed constant, which is why the limit exists.
 *   <li>More units: first-fit decreasing over the classes, with a max-segment-tree over the
 *       orders' free room to find the first order that fits in O(log orders). FFD never uses more
 *       than 11/9 × OPT + 6/9 orders (Dósa, "The tight bound of first fit decreasing
 *       bin-packing algorithm is FFD(I) ≤ 11/9 OPT(I) + 6/9", 2007). Cost O(n log n) for n lines
 *       plus one step per (class, order) placement.
 * </ul>
 *
 * <p><b>Minimum.</b> A packed order whose total is below the policy's minimum (only possible when
 * its units are too cheap to reach it; first fit leaves no two orders that could be merged) is set
 * aside as {@link SetAside.Reason#BELOW_MINIMUM}; the reported lower bound is then capped at the
 * number of orders left.
 *
 * <p><b>Limit.</b> A plan never holds more than {@link #maxOrders()} konbini orders (default
 * {@value #DEFAULT_MAX_ORDERS}); {@link #plan} throws {@link SplitTooLargeException} and
 * {@link #tryPlan} returns empty beyond it, checked first against {@code ceil(total / cap)} so a
 * hostile order fails before any work.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SplitPlanner {

  /** The most payable units the exact solver takes; larger orders are packed first-fit decreasing. */
  public static final int EXACT_MAX_UNITS = 12;

  /** The default most konbini orders one plan may hold. */
  public static final int DEFAULT_MAX_ORDERS = 100_000;

  /** The most lines {@link #plan(List)} accepts, as for an order. */
  public static final int MAX_PRICES = 1_000_000;

  private final KonbiniPolicy policy;
  private final int maxOrders;

  private SplitPlanner(KonbiniPolicy policy, int maxOrders) {
    this.policy = policy;
    this.maxOrders = maxOrders;
  }

  /**
   * Returns a planner for {@code policy}'s cap, minimum and exclusions.
   *
   * @param policy the policy, not null
   * @return the planner
   */
  public static SplitPlanner of(KonbiniPolicy policy) {
    return new SplitPlanner(requireNonNull(policy, "policy"), DEFAULT_MAX_ORDERS);
  }

  /**
   * Returns a planner like this one with another limit on the number of konbini orders.
   *
   * @param newMaxOrders the limit, at least 1
   * @return the planner
   */
  public SplitPlanner withMaxOrders(int newMaxOrders) {
    checkArgument(newMaxOrders >= 1, "maxOrders must be at least 1, was %s", newMaxOrders);
    return new SplitPlanner(policy, newMaxOrders);
  }

  /**
   * Returns the policy whose cap and exclusions the planner applies.
   *
   * @return the policy
   */
  public KonbiniPolicy policy() {
    return policy;
  }

  /**
   * Returns the most konbini orders one plan may hold.
   *
   * @return the limit
   */
  public int maxOrders() {
    return maxOrders;
  }

  /**
   * Plans the split of {@code order}.
   *
   * @param order the order, not null
   * @return the plan
   * @throws SplitTooLargeException if more than {@link #maxOrders()} konbini orders would be needed
   */
  public SplitPlan plan(Order order) {
    requireNonNull(order, "order");
    return pack(order.lines());
  }

  /**
   * Plans the split of {@code order}, or returns empty when it needs more than {@link #maxOrders()}
   * orders.
   *
   * @param order the order, not null
   * @return the plan, or empty
   */
  public Optional<SplitPlan> tryPlan(Order order) {
    try {
      return Optional.of(plan(order));
    } catch (SplitTooLargeException e) {
      return Optional.empty();
    }
  }

  /**
   * Plans the split of an order of physical items, one unit at each price, shipped by standard
   * delivery from Amazon; lines are named {@code 1}, {@code 2}, ... in the given order.
   *
   * @param prices the unit prices, tax included, at least one, at most {@value #MAX_PRICES}, none
   *     negative
   * @return the plan
   * @throws IllegalArgumentException if a price is negative, the list is empty or too long, or the
   *     total exceeds the yen range
   * @throws SplitTooLargeException if more than {@link #maxOrders()} konbini orders would be needed
   */
  public SplitPlan plan(List<Yen> prices) {
    return plan(orderOf(prices));
  }

  /**
   * Returns the order {@link #plan(List)} splits: one physical unit per price, lines {@code 1},
   * {@code 2}, ..., standard shipping, sold by Amazon.
   *
   * @param prices the unit prices, at least one, at most {@value #MAX_PRICES}, none negative
   * @return the order
   * @throws IllegalArgumentException if a price is negative, the list is empty or too long, or the
   *     total exceeds the yen range
   */
  public static Order orderOf(List<Yen> prices) {
    requireNonNull(prices, "prices");
    checkArgument(prices.size() <= MAX_PRICES, "at most %s prices, had %s", MAX_PRICES, prices.size());
    List<LineItem> lines = new ArrayList<>(prices.size());
    for (int i = 0; i < prices.size(); i++) {
      Yen price = requireNonNull(prices.get(i), "prices[" + i + "]");
      checkArgument(!price.isNegative(), "prices[%s] must not be negative, was %s", i, price);
      lines.add(LineItem.of(Integer.toString(i + 1), 1, price, ItemKind.PHYSICAL));
    }
    return Order.of(Seller.amazon(), ShippingOption.STANDARD, lines);
  }

  // ---- packing ----

  private SplitPlan pack(ImmutableList<LineItem> lines) {
    long cap = policy.maximum().amount();
    int n = lines.size();
    int[] classes = new int[n];
    int classCount = 0;
    long units = 0;
    long payable = 0;
    long overHalf = 0;
    List<SetAside> aside = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LineItem line = lines.get(i);
      SetAside.Reason reason = null;
      if (policy.excludedItemKinds().contains(line.kind())) {
        reason = SetAside.Reason.EXCLUDED_KIND;
      } else if (line.isPreOrder() && policy.excludesPreOrders()) {
        reason = SetAside.Reason.PRE_ORDER;
      } else if (line.unitPrice().amount() > cap) {
        reason = SetAside.Reason.OVER_LIMIT_ALONE;
      }
      if (reason != null) {
        aside.add(new SetAside(line.lineId(), line.quantity(), line.unitPrice(), reason));
      } else {
        classes[classCount++] = i;
        units += line.quantity();
        payable += line.subtotal().amount(); // at most the order total, which fits in a long
        if (line.unitPrice().amount() > cap - line.unitPrice().amount()) {
          overHalf += line.quantity(); // two such units never share an order
        }
      }
    }
    long bound = Math.max(lowerBound(payable, units, cap), overHalf);
    if (bound > maxOrders) {
      throw new SplitTooLargeException(bound, maxOrders);
    }
    long[] prices = new long[classCount];
    int[] quantities = new int[classCount];
    for (int c = 0; c < classCount; c++) {
      LineItem line = lines.get(classes[c]);
      prices[c] = line.unitPrice().amount();
      quantities[c] = line.quantity();
    }
    Packing packing = firstFitDecreasing(prices, quantities, cap);
    SplitPlan.Algorithm algorithm = SplitPlan.Algorithm.FIRST_FIT_DECREASING;
    if (units <= EXACT_MAX_UNITS && packing.binCount > bound) {
      packing = exact(prices, quantities, cap, packing, bound);
      bound = packing.binCount;
      algorithm = SplitPlan.Algorithm.EXACT;
    } else if (units <= EXACT_MAX_UNITS) {
      algorithm = SplitPlan.Algorithm.EXACT; // first fit met the lower bound: it is the optimum
    }
    return assemble(lines, classes, prices, packing, aside, bound, algorithm);
  }

  private static long lowerBound(long payable, long units, long cap) {
    if (units == 0) {
      return 0;
    }
    if (cap == 0 || payable == 0) {
      return 1;
    }
    return payable / cap + (payable % cap == 0 ? 0 : 1);
  }

  /** Allocations as parallel arrays: bin, class, quantity; and the number of bins. */
  private static final class Packing {
    int binCount;
    int size;
    int[] bin = new int[16];
    int[] cls = new int[16];
    int[] qty = new int[16];

    void add(int b, int c, int q) {
      if (size == bin.length) {
        int grown = size * 2;
        bin = Arrays.copyOf(bin, grown);
        cls = Arrays.copyOf(cls, grown);
        qty = Arrays.copyOf(qty, grown);
      }
      bin[size] = b;
      cls[size] = c;
      qty[size] = q;
      size++;
    }
  }

  private Packing firstFitDecreasing(long[] prices, int[] quantities, long cap) {
    int count = prices.length;
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> prices[a] != prices[b] ? Long.compare(prices[b], prices[a]) : Integer.compare(a, b));
    Packing packing = new Packing();
    RoomTree room = new RoomTree();
    for (int k = 0; k < count; k++) {
      int c = order[k];
      long p = prices[c];
      int q = quantities[c];
      while (q > 0) {
        int b = room.firstAtLeast(p);
        if (b >= 0) {
          long fits = p == 0 ? q : room.get(b) / p;
          int put = (int) Math.min(q, fits);
          packing.add(b, c, put);
          room.set(b, room.get(b) - p * put);
          q -= put;
          continue;
        }
        long perBin = p == 0 ? q : cap / p;
        long full = q / perBin;
        int rest = (int) (q % perBin);
        long needed = full + (rest > 0 ? 1 : 0);
        if (packing.binCount + needed > maxOrders) {
          throw new SplitTooLargeException(packing.binCount + needed, maxOrders);
        }
        for (long f = 0; f < full; f++) {
          int nb = packing.binCount++;
          packing.add(nb, c, (int) perBin);
          room.append(cap - p * perBin);
        }
        if (rest > 0) {
          int nb = packing.binCount++;
          packing.add(nb, c, rest);
          room.append(cap - p * rest);
        }
        q = 0;
      }
    }
    return packing;
  }

  /** Branch and bound over single units; only called with at most EXACT_MAX_UNITS units. */
  private static Packing exact(long[] prices, int[] quantities, long cap, Packing start, long bound) {
    int total = 0;
    for (int q : quantities) {
      total += q;
    }
    int[] unitClass = new int[total];
    int u = 0;
    for (int c = 0; c < prices.length; c++) {
      for (int i = 0; i < quantities[c]; i++) {
        unitClass[u++] = c;
      }
    }
    Integer[] sorted = new Integer[total];
    for (int i = 0; i < total; i++) {
      sorted[i] = unitClass[i];
    }
    Arrays.sort(sorted, (a, b) -> prices[a] != prices[b] ? Long.compare(prices[b], prices[a]) : Integer.compare(a, b));
    Search search = new Search(prices, sorted, cap, start.binCount, bound);
    search.run(0, 0);
    if (search.bestAssignment == null) {
      return start; // first fit was already optimal
    }
    Packing packing = new Packing();
    packing.binCount = search.best;
    for (int i = 0; i < total; i++) {
      packing.add(search.bestAssignment[i], sorted[i], 1);
    }
    return packing;
  }

  /** The exact search's state. */
  private static final class Search {
    final long[] prices;
    final Integer[] units;
    final long cap;
    final long bound;
    final long[] room;
    final int[] assignment;
    /** suffix[i]: the total price of units i..end, for the room bound. */
    final long[] suffix;
    long free;
    int best;
    int @Nullable [] bestAssignment;

    Search(long[] prices, Integer[] units, long cap, int best, long bound) {
      this.prices = prices;
      this.units = units;
      this.cap = cap;
      this.best = best;
      this.bound = bound;
      this.room = new long[units.length];
      this.assignment = new int[units.length];
      this.suffix = new long[units.length + 1];
      for (int i = units.length - 1; i >= 0; i--) {
        suffix[i] = suffix[i + 1] + prices[units[i]];
      }
    }

    /** Whether the units left cannot fit in fewer orders than the best found, given the open room. */
    private boolean cannotImprove(int next, int bins) {
      if (cap == 0) {
        return false;
      }
      long overflow = suffix[next] - free;
      long more = overflow <= 0 ? 0 : overflow / cap + (overflow % cap == 0 ? 0 : 1);
      return bins + more >= best;
    }

    void run(int next, int bins) {
      if (best <= bound) {
        return;
      }
      if (next == units.length) {
        if (bins < best) {
          best = bins;
          bestAssignment = assignment.clone();
        }
        return;
      }
      if (cannotImprove(next, bins)) {
        return;
      }
      long p = prices[units[next]];
      for (int b = 0; b < bins; b++) {
        if (room[b] < p || seenBefore(b)) {
          continue;
        }
        room[b] -= p;
        free -= p;
        assignment[next] = b;
        run(next + 1, bins);
        room[b] += p;
        free += p;
        if (best <= bound) {
          return;
        }
      }
      if (bins + 1 < best) {
        room[bins] = cap - p;
        free += cap - p;
        assignment[next] = bins;
        run(next + 1, bins + 1);
        free -= cap - p;
      }
    }

    /** Whether an earlier open bin has the same room: placing the unit there is the same branch. */
    private boolean seenBefore(int b) {
      for (int i = 0; i < b; i++) {
        if (room[i] == room[b]) {
          return true;
        }
      }
      return false;
    }
  }

  private SplitPlan assemble(ImmutableList<LineItem> lines, int[] classes, long[] prices, Packing packing,
      List<SetAside> aside, long bound, SplitPlan.Algorithm algorithm) {
    int bins = packing.binCount;
    // Group allocations by bin with a counting sort, keeping placement order inside a bin.
    int[] start = new int[bins + 1];
    for (int i = 0; i < packing.size; i++) {
      start[packing.bin[i] + 1]++;
    }
    for (int b = 0; b < bins; b++) {
      start[b + 1] += start[b];
    }
    int[] byBin = new int[packing.size];
    int[] fill = Arrays.copyOf(start, bins);
    for (int i = 0; i < packing.size; i++) {
      byBin[fill[packing.bin[i]]++] = i;
    }
    long minimum = policy.minimum().amount();
    List<PlannedOrder> orders = new ArrayList<>(bins);
    List<SetAside> allAside = new ArrayList<>(aside);
    for (int b = 0; b < bins; b++) {
      // Units of one class may arrive in one bin in several steps (exact search): merge them.
      List<Allocation> allocations = new ArrayList<>(start[b + 1] - start[b]);
      long binTotal = 0;
      int lastClass = -1;
      int lastQty = 0;
      for (int j = start[b]; j < start[b + 1]; j++) {
        int a = byBin[j];
        int c = packing.cls[a];
        binTotal += prices[c] * packing.qty[a];
        if (c == lastClass) {
          lastQty += packing.qty[a];
          continue;
        }
        if (lastClass >= 0) {
          allocations.add(allocation(lines.get(classes[lastClass]), lastQty));
        }
        lastClass = c;
        lastQty = packing.qty[a];
      }
      if (lastClass >= 0) {
        allocations.add(allocation(lines.get(classes[lastClass]), lastQty));
      }
      if (binTotal < minimum) {
        for (Allocation allocation : allocations) {
          allAside.add(new SetAside(allocation.lineId(), allocation.quantity(), allocation.unitPrice(),
              SetAside.Reason.BELOW_MINIMUM));
        }
      } else {
        orders.add(PlannedOrder.of(allocations));
      }
    }
    return SplitPlan.of(policy.maximum(), orders, allAside, algorithm, Math.min(bound, orders.size()));
  }

  private static Allocation allocation(LineItem line, int quantity) {
    return new Allocation(line.lineId(), quantity, line.unitPrice());
  }

  /** A growable max-segment-tree over the free room of the open orders. */
  private static final class RoomTree {
    private long[] tree = new long[2 * 16];
    private int capacity = 16;
    private int size;

    long get(int index) {
      return tree[capacity + index];
    }

    void append(long value) {
      if (size == capacity) {
        long[] old = tree;
        int oldCapacity = capacity;
        capacity *= 2;
        tree = new long[2 * capacity];
        Arrays.fill(tree, -1);
        System.arraycopy(old, oldCapacity, tree, capacity, oldCapacity);
        for (int i = capacity - 1; i >= 1; i--) {
          tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        }
      } else if (size == 0) {
        Arrays.fill(tree, -1);
      }
      set(size++, value);
    }

    void set(int index, long value) {
      int i = capacity + index;
      tree[i] = value;
      for (i /= 2; i >= 1; i /= 2) {
        tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
      }
    }

    /** Returns the first index whose room is at least {@code need}, or -1. */
    int firstAtLeast(long need) {
      if (size == 0 || tree[1] < need) {
        return -1;
      }
      int i = 1;
      while (i < capacity) {
        i = tree[2 * i] >= need ? 2 * i : 2 * i + 1;
      }
      return i - capacity;
    }
  }
}
