package org.permlab.process;

/** How the tear streams of a flowsheet with recycles are converged. */
public enum RecycleMethod {
    /** Direct substitution accelerated by Wegstein's method, bounded (Wegstein, Commun. ACM 1 (1958) 9). */
    WEGSTEIN,
    /**
     * Newton's method on the tear residual: a forward-difference Jacobian, then Broyden's rank-one updates (a new
     * forward-difference Jacobian when the residual stops falling).
     */
    NEWTON,
    /** Plain successive substitution. */
    DIRECT;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
