package dev.perflab.catalog;

import java.util.Optional;

/**
 * The param a worker-count chart ({@code amdahlParam}) or an {@code amdahl} verdict rule
 * ({@code param}) reads Amdahl's serial fraction from. The convention is a fraction, 0 to 1, of
 * the one-worker run's work: the bounds must say so, or the page would draw a wrong law.
 */
final class SerialFractionCheck {

    private SerialFractionCheck() {}

    /** Why {@code name} cannot hold the serial fraction; empty when it can or is absent or unknown. */
    static Optional<String> problem(ExperimentDefinition definition, String name, String x) {
        // An unknown name is reported with the other unknown params.
        var param = name == null ? null : definition.param(name).orElse(null);
        if (param == null) {
            return Optional.empty();
        }
        if (name.equals(x)) {
            return Optional.of(name + " is also x: the serial fraction cannot be the worker count");
        }
        if (param.type() == null || param.type() == ParamDefinition.ParamType.CHOICE) {
            return Optional.of(name + " must be a number, the serial fraction from 0 to 1");
        }
        if (param.min() == null || param.max() == null || param.min() < 0 || param.max() > 1) {
            return Optional.of(name + " must have min and max within 0 and 1: it is a fraction, not a percentage");
        }
        return Optional.empty();
    }
}
