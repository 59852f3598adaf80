package org.diplograph.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one SHA-256 helper: lower-case hex digests of text (UTF-8) and of streams (article, dataset file, mapping hashes). */
public final class Sha256 {
    private Sha256() {}

    /** Hex SHA-256 of the text's UTF-8 bytes. */
    public static String of(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Hex SHA-256 of everything the stream holds (read to its end and closed). */
    public static String of(InputStream in) throws IOException {
        try (DigestInputStream s = new DigestInputStream(in, digest())) {
            s.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(s.getMessageDigest().digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
