package org.permlab.permeation;

/**
 * The choices a reduction makes, each printed with its results.
 *
 * @param feedSide    which feed-side partial pressure enters the permeance (default inlet)
 * @param basis       which composition enters a separation factor (default feed)
 * @param steadyState the steady-state criterion
 */
public record ReductionSettings(FeedSideMode feedSide, SelectivityBasis basis, SteadyStateCriterion steadyState) {

    public static final ReductionSettings DEFAULT = new ReductionSettings(FeedSideMode.INLET, SelectivityBasis.FEED,
            SteadyStateCriterion.DEFAULT);

    public ReductionSettings withFeedSide(FeedSideMode mode) {
        return new ReductionSettings(mode, basis, steadyState);
    }
}
