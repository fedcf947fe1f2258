package org.akhbar.cli;

import org.akhbar.enrich.EnrichOptions;
import picocli.CommandLine.Option;

/** The options of every subcommand that enriches articles. */
final class EnrichOptionsMixin {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra entities, in the tab-separated columns of gazetteer/entities.tsv (entity_id, type,"
                    + " subtype, wikidata_id, name_en, name_ar, aliases_ar, country_iso2); a row with a shipped id adds"
                    + " its aliases to that entity.")
    String gazetteer;

    @Option(names = "--learn-tags",
            description = "Learn the tag vocabulary again from every tag line (a new version when it changed);"
                    + " by default the stored vocabulary is reused so earlier splits do not change.")
    boolean learnTags;

    @Option(names = "--learned-entities", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add the people, places and organisations the learned NER tagger finds beside the"
                    + " gazetteer's entities (mention_kind learned), and let its reading decide gazetteer names that"
                    + " are common words (on by default); --no-learned-entities: the gazetteer alone.")
    boolean learnedEntities;

    /** @param full enrich every article, not only those new or changed since the last enrich */
    EnrichOptions toEnrichOptions(String warehouse, boolean full) {
        return new EnrichOptions(warehouse, gazetteer, learnTags, learnedEntities, full);
    }
}
