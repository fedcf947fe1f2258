package org.akhbar.dump;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of one record into text: byte-order marks first, then strict UTF-8, then Windows-1256 for
 * Arabic pages that are not valid UTF-8; binary data (NUL bytes or control characters) is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final int SNIFF_BYTES = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextDecoder() {
    }

    /** Decoded text, or empty when the bytes are binary. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(lenient(bytes, 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16BE));
        }
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new Decoded(text, StandardCharsets.UTF_8.name(), 0));
        } catch (CharacterCodingException notUtf8) {
            return Optional.of(lenient(bytes, 0, WINDOWS_1256));
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F) {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE;
    }

    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, charset.name(), countReplacements(text));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a REPLACE decoder does not throw", e);
        }
    }

    private static int countReplacements(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                count++;
            }
        }
        return count;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
