package dev.perflab.experiments.ch08.cpuio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashTest {

    /** PBKDF2-HMAC-SHA256 of "password" with salt "salt", the published 32-byte test vectors. */
    @ParameterizedTest
    @CsvSource({
        "1, 120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b",
        "2, ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43",
        "4096, c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
    })
    void matchesThePublishedVectors(int iterations, String expected) {
        var hash = new PasswordHash(iterations);
        assertThat(hash.hash("password", "salt".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(expected);
    }

    @Test
    void givesEveryItemItsOwnPasswordAndSalt() {
        assertThat(PasswordHash.password(3)).hasSize(10).matches("[a-z]{10}").isEqualTo(PasswordHash.password(3));
        assertThat(PasswordHash.password(3)).isNotEqualTo(PasswordHash.password(4));
        assertThat(PasswordHash.salt(3))
                .hasSize(16)
                .isEqualTo(PasswordHash.salt(3))
                .isNotEqualTo(PasswordHash.salt(4));
    }

    @Test
    void hashDependsOnTheWorkFactor() {
        assertThat(new PasswordHash(10).hashItem(0))
                .hasSize(64)
                .isEqualTo(new PasswordHash(10).hashItem(0))
                .isNotEqualTo(new PasswordHash(11).hashItem(0))
                .isNotEqualTo(new PasswordHash(10).hashItem(1));
    }
}
