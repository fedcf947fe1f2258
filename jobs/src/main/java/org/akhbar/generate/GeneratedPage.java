package org.akhbar.generate;

/** One rendered page and what it is meant to say; the location is filled in by the sink. */
record GeneratedPage(String text, PageFacts facts) {

    /** Everything of {@link IntendedPage} but where the page ends up. */
    record PageFacts(long index, Role role, String title, String storyDay, String publishedDay, String dateVariant,
                     String dateLine, String site, String crawledAt, java.util.List<String> sources, int related,
                     java.util.List<String> entities, java.util.List<String> tags) {

        IntendedPage at(String location, String originalLocation) {
            return new IntendedPage(index, location, role.name().toLowerCase(java.util.Locale.ROOT), originalLocation,
                    title, storyDay, publishedDay, dateVariant, dateLine, site, crawledAt, sources, related, entities,
                    tags);
        }
    }
}
