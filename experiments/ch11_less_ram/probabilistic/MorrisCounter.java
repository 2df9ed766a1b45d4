package dev.perflab.experiments.ch11.probabilistic;

/**
 * Morris's approximate counter (1978): it keeps only an exponent c and adds one to it with
 * probability 2^-c, so 2^c − 1 estimates the count. One byte could count to about 2^255 items (the
 * 64-bit coin used here stops at 2^64, beyond any stream); the price is a relative standard error
 * of about 1/√2 (the variance of the estimate is n(n−1)/2).
 */
final class MorrisCounter implements StreamCounter {

    /** The count's exponent, read as unsigned: 0..255. */
    private byte exponent;

    /** The coin's state (SplitMix64): part of what the counter keeps, so part of its footprint. */
    private long coin;

    MorrisCounter(long seed) {
        this.coin = seed;
    }

    @Override
    public void offer(long item) {
        int c = exponent & 0xFF;
        // 2^-c: the top c bits of a uniform 64-bit draw are all zero; beyond 64 the coin cannot say.
        if (c < 64 && Long.numberOfLeadingZeros(nextDraw()) >= c) {
            exponent = (byte) (c + 1);
        }
    }

    @Override
    public double estimate() {
        return Math.pow(2, exponent & 0xFF) - 1;
    }

    @Override
    public double standardError(long truth) {
        return truth <= 1 ? 0 : Math.sqrt(truth * (truth - 1.0) / 2) / truth;
    }

    int exponent() {
        return exponent & 0xFF;
    }

    private long nextDraw() {
        coin += 0x9e3779b97f4a7c15L;
        return Hashing.hash(coin);
    }
}
