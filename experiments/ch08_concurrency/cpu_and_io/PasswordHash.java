package dev.perflab.experiments.ch08.cpuio;

import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import java.util.HexFormat;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The CPU work of one item: a salted PBKDF2-HMAC-SHA256 hash whose iteration count is the work
 * factor, as bcrypt's cost is in the book (each step of bcrypt's cost doubles its work; here the
 * work grows in proportion to the factor). Not thread-safe: one instance per hashing thread.
 */
final class PasswordHash {

    private static final int KEY_BITS = 256;
    private static final int PASSWORD_LETTERS = 10;
    private static final int SALT_BYTES = 16;

    private final SecretKeyFactory pbkdf2;
    private final int workFactor;

    PasswordHash(int workFactor) {
        try {
            this.pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        }
        this.workFactor = workFactor;
    }

    /** The hex digest of {@code password} with {@code salt}, {@code workFactor} iterations. */
    String hash(String password, byte[] salt) {
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, workFactor, KEY_BITS);
        try {
            return HexFormat.of().formatHex(pbkdf2.generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 refused its key spec", e);
        }
    }

    /** The hash of item {@code index}: its own password and salt, the same in every run. */
    String hashItem(int index) {
        return hash(password(index), salt(index));
    }

    /** Ten lower-case letters, like the book's random passwords, fixed per item. */
    static String password(int index) {
        SplittableRandom random = new SplittableRandom(index);
        StringBuilder letters = new StringBuilder(PASSWORD_LETTERS);
        for (int i = 0; i < PASSWORD_LETTERS; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** Sixteen bytes fixed per item, drawn from another stream than its password. */
    static byte[] salt(int index) {
        byte[] salt = new byte[SALT_BYTES];
        new SplittableRandom(~(long) index).nextBytes(salt);
        return salt;
    }
}
