package coop.steward.organizing.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Complementary suppression over one system of equations (one magnitude or several sharing a pattern): first the
 * heuristic (an equation with exactly one unknown member gets a second one, the cheapest published member,
 * finer cells first), to a fixed point; then the LP audit ({@link LinearAudit}) of every unknown cell, adding
 * suppressions in a failing component until the derivable range of every cell withheld on its own (the
 * cells unknown when the protection starts) is wide. Cells withheld only to protect others are publishable
 * by themselves (k workers, not dominated), so, as in τ-Argus, their own ranges are not audited.
 */
final class Protection {

    /** One audited magnitude: the cell's true value and its noisy value in millionths. */
    interface Magnitude {
        long trueValue(int cell);

        long noisyValue(int cell);
    }

    private final CellSpace space;
    private final boolean[] unknown;
    private final boolean[] positive;
    private final boolean[] eligible;
    private final long[] cost;
    private final boolean[] sensitive;

    /**
     * @param unknown  cells withheld in this system; cells added are marked in it
     * @param positive cells with something in them (a withheld cell with nothing in it protects nothing)
     * @param eligible cells that may be withheld to protect others
     * @param cost     what withholding a cell costs (e.g. its minutes); the finer cell wins at equal level
     */
    Protection(CellSpace space, boolean[] unknown, boolean[] positive, boolean[] eligible, long[] cost) {
        this.space = space;
        this.sensitive = unknown.clone();
        this.unknown = unknown;
        this.positive = positive;
        this.eligible = eligible;
        this.cost = cost;
    }

    /** Withholds further cells until no unknown cell is derivable; returns how many it added. */
    int protect(List<Magnitude> audited, double protectionLevel) {
        int added = heuristic();
        LinearAudit audit = new LinearAudit(space);
        while (true) {
            java.util.Set<Integer> failing = audit.unprotected(unknown, sensitive, audited, protectionLevel);
            int partners = 0;
            for (int cell : failing) {
                int partner = cheapestPartner(space.equationsOf(cell), cost[cell]);
                if (partner < 0) {
                    partner = cheapestPartner(audit.equationsOfComponent(cell, unknown), cost[cell]);
                }
                if (partner >= 0) {
                    unknown[partner] = true;
                    partners++;
                }
            }
            if (partners == 0) {
                return added;
            }
            added += partners + heuristic();
        }
    }

    /** The heuristic alone: no equation is left with exactly one withheld member. */
    int protectBySums() {
        return heuristic();
    }

    private int heuristic() {
        List<int[]> equations = space.equations();
        Deque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[equations.size()];
        for (int e = 0; e < equations.size(); e++) {
            work.add(e);
            queued[e] = true;
        }
        int added = 0;
        while (!work.isEmpty()) {
            int e = work.poll();
            queued[e] = false;
            int[] equation = equations.get(e);
            int unknowns = 0;
            for (int member : equation) {
                if (unknown[member] && positive[member]) {
                    unknowns++;
                }
            }
            if (unknowns != 1) {
                continue;
            }
            int protectedCell = -1;
            for (int member : equation) {
                if (unknown[member] && positive[member]) {
                    protectedCell = member;
                }
            }
            int partner = cheapestPartner(new int[] {e}, cost[protectedCell]);
            if (partner < 0) {
                continue;
            }
            unknown[partner] = true;
            added++;
            for (int other : space.equationsOf(partner)) {
                if (!queued[other]) {
                    queued[other] = true;
                    work.add(other);
                }
            }
        }
        return added;
    }

    /**
     * The partner to withhold: one that can hide at least the protection level's share of the protected cell
     * (its value ≥ half the protected cell's), finer before coarser, then the smallest; without such a member,
     * the largest.
     */
    private int cheapestPartner(int[] equationIds, long protectedValue) {
        int sibling = cheapestPartner(equationIds, protectedValue, 1);
        return sibling >= 0 ? sibling : cheapestPartner(equationIds, protectedValue, 0);
    }

    /**
     * Among the members from {@code first} on of each equation: from 1, the parts only, so that suppression stops at
     * the smallest enclosing sum (Cox 1980: a sibling pair protects a cell and leaves its total published); from 0,
     * the totals too, for an equation whose other parts are all withheld or empty already.
     */
    private int cheapestPartner(int[] equationIds, long protectedValue, int first) {
        int best = -1;
        for (int e : equationIds) {
            int[] equation = space.equations().get(e);
            for (int i = first; i < equation.length; i++) {
                int member = equation[i];
                if (unknown[member] || !positive[member] || !eligible[member]) {
                    continue;
                }
                if (best < 0 || better(member, best, protectedValue)) {
                    best = member;
                }
            }
        }
        return best;
    }

    private boolean better(int a, int b, long protectedValue) {
        boolean enoughA = 2 * cost[a] >= protectedValue;
        boolean enoughB = 2 * cost[b] >= protectedValue;
        if (enoughA != enoughB) {
            return enoughA;
        }
        if (!enoughA) {
            return cost[a] > cost[b];
        }
        return cheaper(a, b);
    }

    private boolean cheaper(int a, int b) {
        int levelA = space.level(a);
        int levelB = space.level(b);
        if (levelA != levelB) {
            return levelA < levelB;
        }
        return cost[a] != cost[b] ? cost[a] < cost[b] : a < b;
    }
}
