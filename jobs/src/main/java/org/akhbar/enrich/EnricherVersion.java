package org.akhbar.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.akhbar.entity.Gazetteer;
import org.akhbar.job.BuildVersion;
import org.akhbar.ner.NerModel;

/**
 * What enriches articles, as one string: the gazetteer's version, the tag vocabulary's, the learned tagger's
 * resources (weights, name lists, trigger and span words, by their SHA-256) when it is on, and the program's
 * version. Months enriched by another are enriched again.
 */
final class EnricherVersion {
    private static final List<String> TAGGER_RESOURCES = List.of(NerModel.BUNDLED, "/ner/name-lists.tsv.gz",
            "/ner/triggers.tsv", "/enrich/person-spans.tsv");
    private static final String TAGGER = digest(TAGGER_RESOURCES);

    private EnricherVersion() {
    }

    static String of(Gazetteer gazetteer, int vocabularyVersion, boolean learnedEntities) {
        return String.join("|", "gazetteer " + gazetteer.version(), "tags v" + vocabularyVersion,
                learnedEntities ? "tagger " + TAGGER : "no tagger", "akhbar " + BuildVersion.get());
    }

    private static String digest(List<String> resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String resource : resources) {
                try (InputStream in = EnricherVersion.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar has no " + resource);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
