package no.ipt.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T10:00:00Z"));
    private final VerifiedCredentials cache = new VerifiedCredentials(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void remembersAVerifiedPasswordForTheSameHashOnly() {
        cache.remember("kari", "secret".toCharArray(), "hash-1");
        assertThat(cache.isKnown("kari", "secret".toCharArray(), "hash-1")).isTrue();
        assertThat(cache.isKnown("kari", "Secret".toCharArray(), "hash-1")).as("another password").isFalse();
        assertThat(cache.isKnown("kari", "secret".toCharArray(), "hash-2")).as("password changed").isFalse();
        assertThat(cache.isKnown("ola", "secret".toCharArray(), "hash-1")).as("another user").isFalse();
    }

    @Test
    void forgetsAfterItsTimeToLiveAndOnRequest() {
        cache.remember("kari", "secret".toCharArray(), "hash-1");
        now.set(now.get().plus(VerifiedCredentials.TIME_TO_LIVE).plusSeconds(1));
        assertThat(cache.isKnown("kari", "secret".toCharArray(), "hash-1")).isFalse();

        cache.remember("kari", "secret".toCharArray(), "hash-1");
        cache.forget("kari");
        assertThat(cache.isKnown("kari", "secret".toCharArray(), "hash-1")).isFalse();
    }
}
