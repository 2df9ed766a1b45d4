package dev.perflab.experiments.ch11.probabilistic;

/**
 * HyperLogLog (Flajolet, Fusy, Gandouet and Meunier 2007) with m = 2^p one-byte registers: the
 * first p bits of an item's hash pick a register, which keeps the longest run of leading zeros (+1)
 * seen in the remaining bits. The harmonic mean of 2^register estimates n / m; the relative
 * standard error is 1.04/√m. Below 2.5·m it counts empty registers instead (linear counting), as
 * the paper does; with 64-bit hashes no correction for large counts is needed.
 */
final class HyperLogLog implements StreamCounter {

    private final int precision;
    private final byte[] registers;

    HyperLogLog(int precision) {
        if (precision < 4 || precision > 18) {
            throw new IllegalArgumentException("precision must be 4..18, was " + precision);
        }
        this.precision = precision;
        this.registers = new byte[1 << precision];
    }

    @Override
    public void offer(long item) {
        long hash = Hashing.hash(item);
        int index = (int) (hash >>> (64 - precision));
        // The remaining 64 − p bits, moved to the top; the sentinel bit caps the run at 64 − p.
        long rest = (hash << precision) | (1L << (precision - 1));
        byte rank = (byte) (Long.numberOfLeadingZeros(rest) + 1);
        if (rank > registers[index]) {
            registers[index] = rank;
        }
    }

    @Override
    public double estimate() {
        int m = registers.length;
        double inverseSum = 0;
        int empty = 0;
        for (byte register : registers) {
            inverseSum += Math.scalb(1.0, -register);
            if (register == 0) {
                empty++;
            }
        }
        double raw = alpha(m) * m * m / inverseSum;
        if (raw <= 2.5 * m && empty > 0) {
            return m * Math.log((double) m / empty);
        }
        return raw;
    }

    @Override
    public double standardError(long truth) {
        return 1.04 / Math.sqrt(registers.length);
    }

    /** The bias correction of the paper, for m registers. */
    static double alpha(int m) {
        return switch (m) {
            case 16 -> 0.673;
            case 32 -> 0.697;
            case 64 -> 0.709;
            default -> 0.7213 / (1 + 1.079 / m);
        };
    }
}
