package coop.steward.organizing.disclosure;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attacker's linear programme: the range of one withheld cell given the equations, the known cells' values
 * and that every withheld cell is at least zero. Solved per connected component of withheld cells (only the
 * equations touching them), with Commons Math's {@link SimplexSolver}.
 */
final class LinearAudit {

    /** What the attacker can derive of a cell: the least and the greatest value the equations allow. */
    record Bounds(double lower, double upper) {
    }

    /** The known value of a cell (NaN when it is withheld), and an equation's rounding slack. */
    interface Knowledge {
        double known(int cell);

        double slack(int equation);
    }

    private static final double EPSILON = 1e-9;
    /**
     * The most cells one programme holds. Commons Math's simplex is dense (each pivot touches every entry of the
     * tableau), so one programme over a component of hundreds of cells costs seconds; programmes of bounded size
     * keep the audit's cost about proportional to the number of withheld cells.
     */
    static final int MAX_PROGRAMME = 150;

    private final CellSpace space;
    private final List<Certificates> tracks = new ArrayList<>();

    /**
     * Which cells of one magnitude are already known to be protected below and above. A feasible point of the
     * programme stays feasible when more cells are withheld (known cells stay at their values), so a cell
     * certified once stays certified: each solution found certifies every cell it carries far enough.
     */
    private static final class Certificates {
        final Protection.Magnitude magnitude;
        final boolean[] below;
        final boolean[] above;

        Certificates(Protection.Magnitude magnitude, int cells) {
            this.magnitude = magnitude;
            this.below = new boolean[cells];
            this.above = new boolean[cells];
        }
    }

    LinearAudit(CellSpace space) {
        this.space = space;
    }

    /**
     * Every sensitive withheld cell, for any audited magnitude, whose derivable range does not cover its true value ± the
     * protection level (empty when every one is protected). A withheld cell whose true value is zero counts as
     * known (zero) to the attacker: it needs no protection and gives none.
     */
    Set<Integer> unprotected(boolean[] unknown, boolean[] sensitive, List<Protection.Magnitude> audited,
                             double protectionLevel) {
        Set<Integer> failing = new LinkedHashSet<>();
        for (int m = 0; m < audited.size(); m++) {
            if (tracks.size() <= m) {
                tracks.add(new Certificates(audited.get(m), unknown.length));
            }
            Certificates certificates = tracks.get(m);
            Protection.Magnitude magnitude = certificates.magnitude;
            boolean[] variable = new boolean[unknown.length];
            for (int cell = 0; cell < unknown.length; cell++) {
                variable[cell] = unknown[cell] && magnitude.trueValue(cell) > 0;
            }
            Knowledge knowledge = new Knowledge() {
                @Override
                public double known(int cell) {
                    return variable[cell] ? Double.NaN : magnitude.noisyValue(cell) / (double) Noise.SCALE;
                }

                @Override
                public double slack(int equation) {
                    return 0;
                }
            };
            certifyScalable(variable, certificates);
            for (int[] component : components(variable)) {
                if (component.length <= MAX_PROGRAMME) {
                    audit(component, component, sensitive, knowledge, certificates, protectionLevel, failing);
                    continue;
                }
                for (int cell : component) {
                    if (sensitive[cell] && (!certificates.below[cell] || !certificates.above[cell])) {
                        int[] piece = box(cell, variable, magnitude);
                        audit(piece, new int[] {cell}, sensitive, fixedOutside(piece, knowledge, magnitude),
                                certificates, protectionLevel, failing);
                    }
                }
            }
        }
        return failing;
    }

    /**
     * The piece that audits one cell of a large component: the box around it (τ-Argus' hypercube method, Repsilber;
     * Hundepool et al. 2012, §4.3.4). Each equation holding the cell is an axis along which it has neighbours (its
     * siblings and total in one dimension, or its parent, sibling and child periods); the box is every cell reached
     * by moving along any set of axes to one of the withheld neighbours with the largest values, so it holds each
     * hypercube of withheld cells with this cell at a corner — the alternating changes of such a cube keep every sum.
     * The programme of a piece, every withheld cell outside it fixed at its value, is the full programme with more
     * known: its feasible points are feasible points of the full one, so a range it finds wide is at least as wide
     * in the full programme (the audit stays sound; it may ask for a partner the full programme would not need).
     */
    private int[] box(int start, boolean[] variable, Protection.Magnitude magnitude) {
        int[] axes = space.equationsOf(start);
        int perAxis = Math.max(1, (int) Math.floor(Math.pow(MAX_PROGRAMME, 1.0 / Math.max(1, axes.length))) - 1);
        Set<Integer> box = new LinkedHashSet<>();
        box.add(start);
        for (int e : axes) {
            List<Integer> neighbours = new ArrayList<>();
            for (int member : space.equations().get(e)) {
                if (member != start && variable[member]) {
                    neighbours.add(member);
                }
            }
            neighbours.sort((a, b) -> Long.compare(magnitude.trueValue(b), magnitude.trueValue(a)));
            List<Integer> moves = neighbours.subList(0, Math.min(perAxis, neighbours.size()));
            List<Integer> grown = new ArrayList<>();
            for (int cell : box) {
                for (int neighbour : moves) {
                    Integer moved = space.moved(cell, start, neighbour);
                    if (moved != null && variable[moved]) {
                        grown.add(moved);
                    }
                }
            }
            box.addAll(grown);
            if (box.size() >= MAX_PROGRAMME) {
                break;
            }
        }
        return box.stream().limit(MAX_PROGRAMME).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Certifies at once every cell of the largest set of withheld cells that holds every member with something in
     * it of each equation it touches: scaling all of that set by any factor from zero up keeps every sum, so each of
     * its cells can be anything from zero up (a total withheld with all its parts, a whole hidden corner).
     */
    private void certifyScalable(boolean[] variable, Certificates certificates) {
        boolean[] scalable = variable.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] equation : space.equations()) {
                boolean touches = false;
                boolean leaks = false;
                for (int member : equation) {
                    if (scalable[member]) {
                        touches = true;
                    } else if (certificates.magnitude.trueValue(member) > 0) {
                        leaks = true;
                    }
                }
                if (touches && leaks) {
                    for (int member : equation) {
                        scalable[member] = false;
                    }
                    changed = true;
                }
            }
        }
        for (int cell = 0; cell < scalable.length; cell++) {
            if (scalable[cell]) {
                certificates.below[cell] = true;
                certificates.above[cell] = true;
            }
        }
    }

    /** The knowledge with every withheld cell outside the piece known at its (noisy) value. */
    private static Knowledge fixedOutside(int[] piece, Knowledge knowledge, Protection.Magnitude magnitude) {
        Set<Integer> inside = new HashSet<>();
        for (int cell : piece) {
            inside.add(cell);
        }
        return new Knowledge() {
            @Override
            public double known(int cell) {
                double known = knowledge.known(cell);
                return Double.isNaN(known) && !inside.contains(cell) ? magnitude.noisyValue(cell) / (double) Noise.SCALE
                        : known;
            }

            @Override
            public double slack(int equation) {
                return knowledge.slack(equation);
            }
        };
    }

    /**
     * Audits the sensitive cells of a programme over these cells; the cells of {@code settled} that it cannot show
     * protected are failing (the others of the programme are only certified where its solutions carry them).
     */
    private void audit(int[] component, int[] settled, boolean[] sensitive, Knowledge knowledge,
                       Certificates certificates, double level, Set<Integer> failing) {
        List<Integer> open = new ArrayList<>();
        for (int cell : component) {
            if (sensitive[cell] && (!certificates.below[cell] || !certificates.above[cell])) {
                open.add(cell);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        Programme programme = programme(component, equationsTouching(component), knowledge);
        // First push every open cell down at once, then up at once; what that leaves open is solved cell by cell.
        for (int round = 0; round < 3; round++) {
            boolean progress = false;
            for (GoalType goal : List.of(GoalType.MINIMIZE, GoalType.MAXIMIZE)) {
                double[] objective = new double[component.length];
                boolean any = false;
                for (int cell : open) {
                    boolean needed = goal == GoalType.MINIMIZE ? !certificates.below[cell] : !certificates.above[cell];
                    if (needed) {
                        objective[programme.index.get(cell)] = 1.0 / Math.max(1, certificates.magnitude.trueValue(cell));
                        any = true;
                    }
                }
                if (any) {
                    progress |= certify(programme, programme.solve(objective, goal), certificates, level);
                }
            }
            open.removeIf(cell -> certificates.below[cell] && certificates.above[cell]);
            if (!progress || open.isEmpty()) {
                break;
            }
        }
        Set<Integer> toSettle = new HashSet<>();
        for (int cell : settled) {
            toSettle.add(cell);
        }
        open.removeIf(cell -> !toSettle.contains(cell));
        for (int cell : open) {
            double[] objective = new double[component.length];
            objective[programme.index.get(cell)] = 1;
            if (!certificates.below[cell]) {
                certify(programme, programme.solve(objective, GoalType.MINIMIZE), certificates, level);
            }
            if (!certificates.above[cell]) {
                double[] point = programme.solve(objective, GoalType.MAXIMIZE);
                if (point == UNBOUNDED) {
                    certificates.above[cell] = true;
                } else {
                    certify(programme, point, certificates, level);
                }
            }
            if (!certificates.below[cell] || !certificates.above[cell]) {
                failing.add(cell);
            }
        }
    }

    /** Marks the cells a feasible point carries far enough from their true values; whether it marked any. */
    private static boolean certify(Programme programme, double[] point, Certificates certificates, double level) {
        if (point == null || point == UNBOUNDED) {
            return false;
        }
        boolean marked = false;
        for (int i = 0; i < programme.cells.length; i++) {
            int cell = programme.cells[i];
            double value = point[i] * programme.scale;
            double truth = certificates.magnitude.trueValue(cell);
            if (!certificates.below[cell] && value <= truth * (1 - level) + EPSILON) {
                certificates.below[cell] = true;
                marked = true;
            }
            if (!certificates.above[cell] && value >= truth * (1 + level) - EPSILON) {
                certificates.above[cell] = true;
                marked = true;
            }
        }
        return marked;
    }

    /** The equations touching the component of withheld cells that holds this cell. */
    int[] equationsOfComponent(int cell, boolean[] unknown) {
        for (int[] component : components(unknown)) {
            for (int member : component) {
                if (member == cell) {
                    return equationsTouching(component);
                }
            }
        }
        return space.equationsOf(cell);
    }

    /** Connected components of the variable cells: two are connected when one equation holds both. */
    List<int[]> components(boolean[] variable) {
        int[] parent = new int[variable.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] equation : space.equations()) {
            int first = -1;
            for (int member : equation) {
                if (variable[member]) {
                    if (first < 0) {
                        first = member;
                    } else {
                        parent[find(parent, member)] = find(parent, first);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int cell = 0; cell < variable.length; cell++) {
            if (variable[cell]) {
                groups.computeIfAbsent(find(parent, cell), root -> new ArrayList<>()).add(cell);
            }
        }
        List<int[]> components = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            components.add(group.stream().mapToInt(Integer::intValue).toArray());
        }
        return components;
    }

    private static int find(int[] parent, int cell) {
        while (parent[cell] != cell) {
            parent[cell] = parent[parent[cell]];
            cell = parent[cell];
        }
        return cell;
    }

    int[] equationsTouching(int[] component) {
        Set<Integer> equations = new LinkedHashSet<>();
        for (int cell : component) {
            for (int e : space.equationsOf(cell)) {
                equations.add(e);
            }
        }
        return equations.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final double[] UNBOUNDED = new double[0];

    /** One component's programme: its cells as variables (all at least zero) and the equations touching them. */
    private static final class Programme {
        final int[] cells;
        final Map<Integer, Integer> index = new HashMap<>();
        final List<LinearConstraint> constraints = new ArrayList<>();
        double scale = 1;

        Programme(int[] cells) {
            this.cells = cells;
            for (int i = 0; i < cells.length; i++) {
                index.put(cells[i], i);
            }
        }

        /** A solution point (scaled), {@link #UNBOUNDED}, or null when the solver cannot settle it. */
        double[] solve(double[] objective, GoalType goal) {
            try {
                PointValuePair solution = new SimplexSolver(1e-6, 10, 1e-11).optimize(new MaxIter(100_000),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                        new NonNegativeConstraint(true));
                return solution.getPoint();
            } catch (UnboundedSolutionException unbounded) {
                return UNBOUNDED;
            } catch (NoFeasibleSolutionException | TooManyIterationsException unsolved) {
                return null;
            }
        }
    }

    private Programme programme(int[] component, int[] equationIds, Knowledge knowledge) {
        Programme programme = new Programme(component);
        for (int e : equationIds) {
            for (int member : space.equations().get(e)) {
                double known = knowledge.known(member);
                if (!Double.isNaN(known)) {
                    programme.scale = Math.max(programme.scale, Math.abs(known));
                }
            }
        }
        for (int e : equationIds) {
            int[] equation = space.equations().get(e);
            double[] coefficients = new double[component.length];
            double constant = 0;
            for (int i = 0; i < equation.length; i++) {
                double sign = i == 0 ? 1 : -1;
                int member = equation[i];
                Integer variable = programme.index.get(member);
                if (variable != null) {
                    coefficients[variable] += sign;
                } else {
                    double known = knowledge.known(member);
                    constant -= sign * (Double.isNaN(known) ? 0 : known) / programme.scale;
                }
            }
            double slack = knowledge.slack(e) / programme.scale;
            if (slack == 0) {
                programme.constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
            } else {
                programme.constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, constant + slack));
                programme.constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, constant - slack));
            }
        }
        return programme;
    }

    /**
     * The least and greatest value of {@code target} over the component's programme; a programme the solver
     * cannot settle counts as pinning the cell (lower infinite, upper minus infinite: never "protected").
     */
    Bounds bounds(int target, int[] component, int[] equationIds, Knowledge knowledge) {
        Programme programme = programme(component, equationIds, knowledge);
        double[] objective = new double[component.length];
        int position = programme.index.get(target);
        objective[position] = 1;
        double[] lowest = programme.solve(objective, GoalType.MINIMIZE);
        double[] highest = programme.solve(objective, GoalType.MAXIMIZE);
        double lower = lowest == null || lowest == UNBOUNDED ? Double.POSITIVE_INFINITY : lowest[position] * programme.scale;
        double upper = highest == UNBOUNDED ? Double.POSITIVE_INFINITY
                : highest == null ? Double.NEGATIVE_INFINITY : highest[position] * programme.scale;
        return new Bounds(lower, upper);
    }
}
