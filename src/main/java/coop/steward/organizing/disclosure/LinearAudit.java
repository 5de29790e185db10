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

    private final CellSpace space;
    private final Set<List<Integer>> verified = new HashSet<>();

    LinearAudit(CellSpace space) {
        this.space = space;
    }

    /**
     * The first withheld cell, for any audited magnitude, whose derivable range does not cover its true value
     * ± the protection level; -1 when every one is protected. A withheld cell whose true value is zero counts as
     * known (zero) to the attacker: it needs no protection and gives none.
     */
    int firstUnprotected(boolean[] unknown, List<Protection.Magnitude> audited, double protectionLevel) {
        for (int m = 0; m < audited.size(); m++) {
            Protection.Magnitude magnitude = audited.get(m);
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
            for (int[] component : components(variable)) {
                List<Integer> identity = new ArrayList<>(component.length + 1);
                identity.add(m);
                for (int cell : component) {
                    identity.add(cell);
                }
                if (verified.contains(identity)) {
                    continue;
                }
                int[] equations = equationsTouching(component);
                for (int cell : component) {
                    Bounds bounds = bounds(cell, component, equations, knowledge);
                    double truth = magnitude.trueValue(cell);
                    if (bounds.lower() > truth * (1 - protectionLevel) + EPSILON
                            || bounds.upper() < truth * (1 + protectionLevel) - EPSILON) {
                        return cell;
                    }
                }
                verified.add(identity);
            }
        }
        return -1;
    }

    /** The equations touching the component of withheld cells that holds this cell. */
    int[] equationsOfComponent(int cell, boolean[] unknown, List<Protection.Magnitude> audited) {
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

    /** The least and greatest value of {@code target} over the component's programme. */
    Bounds bounds(int target, int[] component, int[] equationIds, Knowledge knowledge) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < component.length; i++) {
            index.put(component[i], i);
        }
        double scale = 1;
        for (int e : equationIds) {
            for (int member : space.equations().get(e)) {
                double known = knowledge.known(member);
                if (!Double.isNaN(known)) {
                    scale = Math.max(scale, Math.abs(known));
                }
            }
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int e : equationIds) {
            int[] equation = space.equations().get(e);
            double[] coefficients = new double[component.length];
            double constant = 0;
            for (int i = 0; i < equation.length; i++) {
                double sign = i == 0 ? 1 : -1;
                int member = equation[i];
                Integer variable = index.get(member);
                if (variable != null) {
                    coefficients[variable] += sign;
                } else {
                    double known = knowledge.known(member);
                    constant -= sign * (Double.isNaN(known) ? 0 : known) / scale;
                }
            }
            double slack = knowledge.slack(e) / scale;
            if (slack == 0) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
            } else {
                constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, constant + slack));
                constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, constant - slack));
            }
        }
        double[] objective = new double[component.length];
        objective[index.get(target)] = 1;
        double lower = solve(objective, constraints, GoalType.MINIMIZE, 0);
        double upper = solve(objective, constraints, GoalType.MAXIMIZE, Double.POSITIVE_INFINITY);
        return new Bounds(lower * scale, upper * scale);
    }

    private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal,
                                double whenUnbounded) {
        try {
            PointValuePair solution = new SimplexSolver(1e-6, 10, 1e-11).optimize(new MaxIter(50_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            return solution.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return whenUnbounded;
        } catch (NoFeasibleSolutionException | TooManyIterationsException unsolved) {
            // Conservative: a programme the solver cannot settle is treated as pinning the cell exactly.
            return goal == GoalType.MINIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }
}
