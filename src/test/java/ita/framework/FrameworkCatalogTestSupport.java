package ita.framework;

import java.io.IOException;
import java.io.InputStream;

/** The shipped files as bytes, for tests that edit a copy. */
final class FrameworkCatalogTestSupport {

    private FrameworkCatalogTestSupport() {
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = FrameworkCatalog.class.getResourceAsStream("/ita/framework/" + name)) {
            return in.readAllBytes();
        }
    }
}
