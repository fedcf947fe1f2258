package org.akhbar.enrich;

/**
 * What an enrich run reads and how.
 *
 * @param warehouse    the warehouse holding {@code articles}
 * @param gazetteer    a user entities file (columns of gazetteer/entities.tsv) on any Hadoop file system, or null
 * @param learnTags    learn the tag vocabulary again from every tag line (a new version if it changed)
 * @param learnedEntities add the learned tagger's people, places and organisations to the gazetteer's entities
 * @param full         enrich every article, not only the months whose articles changed since the last enrich
 */
public record EnrichOptions(String warehouse, String gazetteer, boolean learnTags, boolean learnedEntities,
                            boolean full) {
    /** Options of a run that enriches only what changed. */
    public EnrichOptions(String warehouse, String gazetteer, boolean learnTags, boolean learnedEntities) {
        this(warehouse, gazetteer, learnTags, learnedEntities, false);
    }
}
