package org.akhbar.dump;

/**
 * Text decoded from raw bytes.
 *
 * @param text        the text, without byte-order mark
 * @param encoding    the charset it was read with ({@code UTF-8}, {@code UTF-16LE}, {@code windows-1256} ...)
 * @param undecodable how many malformed byte sequences were replaced by U+FFFD
 */
public record Decoded(String text, String encoding, int undecodable) {
}
