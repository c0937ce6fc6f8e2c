package org.permlab.pals;

/**
 * One lifetime component of the positron "physics function": a decaying exponential, optionally broadened by a
 * log-normal distribution of lifetimes (PALSfit3 manual, Kirkegaard, Olsen and Eldrup, DTU 2017, §2).
 */
public sealed interface LifetimeComponent permits LifetimeComponent.Exponential, LifetimeComponent.LogNormal {

    /** The (mean) lifetime, ns. */
    Parameter lifetimeNs();

    /** The same component with another lifetime parameter. */
    LifetimeComponent withLifetime(Parameter lifetime);

    /** A discrete lifetime: density (1/tau) exp(-t/tau) for t &gt; 0. */
    record Exponential(Parameter lifetimeNs) implements LifetimeComponent {
        @Override
        public LifetimeComponent withLifetime(Parameter lifetime) {
            return new Exponential(lifetime);
        }
    }

    /**
     * A log-normal distribution of lifetimes with mean {@code lifetimeNs} and standard deviation {@code sdNs}:
     * ln tau ~ N(mu, s^2) with s^2 = ln(1 + sd^2/mean^2) and mu = ln(mean) - s^2/2.
     */
    record LogNormal(Parameter lifetimeNs, Parameter sdNs) implements LifetimeComponent {
        @Override
        public LifetimeComponent withLifetime(Parameter lifetime) {
            return new LogNormal(lifetime, sdNs);
        }
    }
}
