package org.akhbar.dump;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: a hash of the path relative to the input root plus the record index inside the file,
 * so the same dump gives the same ids on any machine, clone or run, wherever the dump folder lives.
 */
public final class ArticleIds {
    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    /** 32 hex digits (128 bits): no collision to expect even across billions of articles. */
    public static String of(String relativePath, long recordIndex) {
        byte[] digest = sha256(relativePath + "#" + recordIndex);
        return HexFormat.of().formatHex(digest, 0, ID_BYTES);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
