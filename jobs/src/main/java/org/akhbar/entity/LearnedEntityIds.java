package org.akhbar.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Entities the tagger finds outside the gazetteer: {@code person:learned-<12 hex of SHA-256 of type and normal
 * form>}, so the same name gets the same id in every article, run and machine.
 */
public final class LearnedEntityIds {
    private static final int ID_HEX = 12;

    private LearnedEntityIds() {
    }

    /** The entity of a name of this type whose words' normal forms, joined by one space, are {@code normalName}. */
    public static Entity entity(EntityType type, String normalName) {
        return new Entity(id(type, normalName), type, null, null, null, normalName, List.of(), List.of(), null,
                "learned");
    }

    public static String id(EntityType type, String normalName) {
        String prefix = switch (type) {
            case PERSON -> "person";
            case LOC -> "place";
            case ORG -> "org";
        };
        return prefix + ":learned-" + hash(type.name() + "|" + normalName);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
