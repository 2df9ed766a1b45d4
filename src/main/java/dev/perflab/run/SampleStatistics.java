package dev.perflab.run;

import java.util.List;

/**
 * The statistics the lab needs from measurement samples: means, JMH-style percentiles, Student's t
 * and Welch's test. Written out here because the server carries no statistics library.
 */
public final class SampleStatistics {

    private SampleStatistics() {}

    public static double mean(List<Double> samples) {
        return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The sample variance (n − 1 in the denominator); NaN below two samples. */
    public static double variance(List<Double> samples) {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        double mean = mean(samples);
        double squares =
                samples.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        return squares / (samples.size() - 1);
    }

    /**
     * The percentile JMH reports (its statistics library's default estimate): position p·(n+1)/100
     * in the sorted samples, interpolated, clamped to the smallest and largest sample.
     */
    public static double percentile(List<Double> samples, double percent) {
        double[] sorted =
                samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = percent / 100 * (sorted.length + 1);
        if (position < 1) {
            return sorted[0];
        }
        if (position >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        int below = (int) Math.floor(position);
        double fraction = position - below;
        return sorted[below - 1] + fraction * (sorted[below] - sorted[below - 1]);
    }

    /** P(|T| > t) for Student's t with {@code df} degrees of freedom. */
    public static double twoSidedTail(double t, double df) {
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The t with P(|T| > t) = 1 − confidence, e.g. 0.999 for JMH's interval. */
    public static double tQuantile(double confidence, double df) {
        double low = 0;
        double high = 1e6;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (twoSidedTail(middle, df) > 1 - confidence) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** Welch's t-test of two samples' means: the t statistic, its degrees of freedom and p. */
    public record Welch(double t, double df, double p) {}

    /** Null when either sample has fewer than two values, or neither varies. */
    public static Welch welch(List<Double> a, List<Double> b) {
        if (a.size() < 2 || b.size() < 2) {
            return null;
        }
        double va = variance(a) / a.size();
        double vb = variance(b) / b.size();
        if (va + vb == 0) {
            return null;
        }
        double t = (mean(b) - mean(a)) / Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb) / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
        return new Welch(t, df, twoSidedTail(Math.abs(t), df));
    }

    /** I_x(a, b), by the continued fraction (modified Lentz), on the side where it converges fast. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1), tiny);
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= 300; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / nonZero(1 + even * d, tiny);
            c = nonZero(1 + even / c, tiny);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / nonZero(1 + odd * d, tiny);
            c = nonZero(1 + odd / c, tiny);
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return result;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** ln Γ(x) for x > 0: Lanczos' series with γ = 5 and six terms, relative error below 2·10⁻¹⁰. */
    static double logGamma(double x) {
        final double[] terms = {
            76.18009172947146,
            -86.50532032941677,
            24.01409824083091,
            -1.231739572450155,
            0.1208650973866179e-2,
            -0.5395239384953e-5
        };
        double series = 1.000000000190015;
        double denominator = x;
        for (double term : terms) {
            denominator += 1;
            series += term / denominator;
        }
        double shifted = x + 5.5;
        return (x + 0.5) * Math.log(shifted) - shifted + Math.log(Math.sqrt(2 * Math.PI) * series / x);
    }
}
