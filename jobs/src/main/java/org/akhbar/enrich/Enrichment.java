package org.akhbar.enrich;

import java.util.List;
import org.akhbar.source.ArticleSource;
import org.akhbar.tag.Tag;

/** Who and what one article is about: its entities, tags and sources. */
public record Enrichment(List<ArticleEntity> entities, List<Tag> tags, List<ArticleSource> sources) {
}
