package no.ipt.web.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text resources of the test classpath, e.g. the models the tests deploy. */
public final class TestResources {

    private TestResources() {
    }

    /** The resource at {@code path} (from the classpath root, without a leading slash) as UTF-8 text. */
    public static String text(String path) {
        try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
