package coop.steward.organizing.disclosure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Complementary suppression over one system of equations (one magnitude or several sharing a pattern): first the
 * heuristic (an equation with exactly one unknown member gets a second one, the cheapest published member,
 * finer cells first), to a fixed point; then the LP audit ({@link LinearAudit}) of every unknown cell, adding
 * suppressions in a failing component until every unknown cell's derivable range is wide.
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

    /**
     * @param unknown  cells withheld in this system; cells added are marked in it
     * @param positive cells with something in them (a withheld cell with nothing in it protects nothing)
     * @param eligible cells that may be withheld to protect others
     * @param cost     what withholding a cell costs (e.g. its minutes); the finer cell wins at equal level
     */
    Protection(CellSpace space, boolean[] unknown, boolean[] positive, boolean[] eligible, long[] cost) {
        this.space = space;
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
            int failing = audit.firstUnprotected(unknown, audited, protectionLevel);
            if (failing < 0) {
                return added;
            }
            int partner = cheapestPartner(space.equationsOf(failing));
            if (partner < 0) {
                partner = cheapestPartner(audit.equationsOfComponent(failing, unknown, audited));
            }
            if (partner < 0) {
                return added;
            }
            unknown[partner] = true;
            added += 1 + heuristic();
        }
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
            int partner = cheapestPartner(new int[] {e});
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

    private int cheapestPartner(int[] equationIds) {
        int best = -1;
        for (int e : equationIds) {
            for (int member : space.equations().get(e)) {
                if (unknown[member] || !positive[member] || !eligible[member]) {
                    continue;
                }
                if (best < 0 || cheaper(member, best)) {
                    best = member;
                }
            }
        }
        return best;
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
