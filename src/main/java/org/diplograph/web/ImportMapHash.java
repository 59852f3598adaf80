package org.diplograph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP sources that allow the import maps of the UI's {@code index.html}. An import map must be inline (browsers
 * load no external one) and the content security policy allows no inline script, so each map is allowed by the
 * SHA-256 of its text, computed here from the page the server serves: editing the map needs no change here.
 */
final class ImportMapHash {
    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

    private ImportMapHash() {}

    /** {@code 'sha256-...'} for every import map in the page at {@code resource} (none when it is absent). */
    static List<String> sources(String resource) {
        try (InputStream in = ImportMapHash.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            return sourcesOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 'sha256-...'} for every import map in a page's HTML. */
    static List<String> sourcesOf(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT_MAP.matcher(html);
        while (m.find()) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                out.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }
}
