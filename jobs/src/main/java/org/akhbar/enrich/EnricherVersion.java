package org.akhbar.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.List;
import org.akhbar.entity.Gazetteer;
import org.akhbar.job.BuildVersion;
import org.akhbar.job.Sha256;
import org.akhbar.ner.NerModel;

/**
 * What enriches articles, as one string: the gazetteer's version (and a user gazetteer's text, by its SHA-256), the
 * tag vocabulary's, the bundled word lists (gazetteer, tag units, outlets), the learned tagger's resources
 * (weights, name lists, trigger and span words) when it is on, the site box rule's constants and the program's
 * version. Months enriched by another are enriched again. A build between two releases keeps the program's
 * version: after changing enrich's code, enrich with {@code --full}.
 */
final class EnricherVersion {
    private static final List<String> TAGGER_RESOURCES = List.of(NerModel.BUNDLED, "/ner/name-lists.tsv.gz",
            "/ner/triggers.tsv", "/enrich/person-spans.tsv", "/enrich/organisation-names.tsv");
    private static final String TAGGER = digest(TAGGER_RESOURCES);
    private static final String LISTS = digest(List.of("/gazetteer/entities.tsv", "/gazetteer/ambiguous.tsv",
            "/gazetteer/countries.tsv", "/gazetteer/english_names.tsv", "/gazetteer/nisba.tsv",
            "/tags/vocabulary.tsv", "/sources/outlets.tsv"));

    private EnricherVersion() {
    }

    /** @param userGazetteer the text of the user's entities file, or null */
    static String of(Gazetteer gazetteer, String userGazetteer, int vocabularyVersion, boolean learnedEntities) {
        return String.join("|", "gazetteer " + gazetteer.version()
                        + (userGazetteer == null ? "" : " " + hex(Sha256.digest().digest(bytes(userGazetteer)))),
                "lists " + LISTS, "tags v" + vocabularyVersion, learnedEntities ? "tagger " + TAGGER : "no tagger",
                "site boxes " + SiteBoxes.MIN_PAGES + "/" + SiteBoxes.SHARE, "akhbar " + BuildVersion.get());
    }

    private static String digest(List<String> resources) {
        MessageDigest sha = Sha256.digest();
        for (String resource : resources) {
            try (InputStream in = EnricherVersion.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + resource);
                }
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hex(sha.digest());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String hex(byte[] digest) {
        return Sha256.hex(digest).substring(0, 12);
    }
}
