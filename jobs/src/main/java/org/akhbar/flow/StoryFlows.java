package org.akhbar.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who broke a story and who took it: the flows of one duplicate cluster. The first article is the one that can be
 * shown to have been out first: the earliest publication time, where a page that gives only its date (read as
 * midnight UTC) counts as published by the end of that day, so a page with a time of day goes before it on the
 * same day; an article dated by its crawl stamp counts by it. A tie goes to a publication time with a
 * time of day, then a date, then a crawl time, then to the smaller article id. Every later article of another
 * outlet is a flow from the first one's outlet, with its delay (from the times as written, never below 0) and
 * whether it credits that outlet or a source the first article credits. Outlets are keyed as the source resolver
 * keys them (its id, else its name in normal form), never by raw names. A later article of the first one's own
 * outlet is the outlet repeating itself: no flow.
 */
public final class StoryFlows {
    /** How an article's time was known: a publication time of day, a publication date only, a crawl time. */
    public static final String PUBLISHED = "published";
    public static final String DATE = "date";
    public static final String CRAWLED = "crawled";
    private static final List<String> KINDS = List.of(PUBLISHED, DATE, CRAWLED);

    /**
     * One article of a cluster.
     *
     * @param outlet     the key of the article's own outlet (its publisher row: the site header, else the last
     *                   source line) as the source resolver keys it, or null when it has none
     * @param outletName the outlet's canonical name
     * @param at         its publication time (the crawl time where the page gives none), or null
     * @param timeKind   how {@code at} was known ({@link #timeKind})
     * @param credited   the keys of the sources the article credits (original and cited), as {@code outlet}
     */
    public record Member(String articleId, String outlet, String outletName, Instant at, String timeKind,
                         Set<String> credited) {
        /** The latest the article can have been out: the end of the day for a date alone. */
        Instant outBy() {
            return DATE.equals(timeKind) ? at.plusSeconds(86_399) : at;
        }
    }

    /**
     * How an article's time was known, from the articles table: the crawl stamp ({@code date_source = crawl}), a
     * date alone (midnight UTC, and no time of day written: no {@code :} and no relative time), or a publication
     * time of day.
     */
    public static String timeKind(String dateSource, String publishedRaw, Instant at) {
        if (at == null) {
            return null;
        }
        if ("crawl".equals(dateSource)) {
            return CRAWLED;
        }
        boolean midnight = at.getEpochSecond() % 86_400 == 0 && at.getNano() == 0;
        boolean timeWritten = publishedRaw != null && (publishedRaw.indexOf(':') >= 0 || publishedRaw.contains("منذ"));
        return midnight && !timeWritten ? DATE : PUBLISHED;
    }

    /** A later article of another outlet than the first. */
    public record Flow(Member first, Member later, long delayMinutes, boolean creditsFirstOutlet,
                       boolean creditsFirstSource) {
    }

    /** Out earliest first, then a time of day before a date before a crawl time, then article id. */
    static final Comparator<Member> ORDER = Comparator.comparing(Member::outBy)
            .thenComparing(m -> KINDS.indexOf(m.timeKind()))
            .thenComparing(Member::articleId);

    private StoryFlows() {
    }

    /**
     * The flows of a cluster, in the order of the later articles; none when it has one outlet or no time, or when
     * the article out first names no outlet (who broke the story is then unknown).
     */
    public static List<Flow> of(List<Member> cluster) {
        List<Member> timed = cluster.stream().filter(m -> m.at() != null).sorted(ORDER).toList();
        List<Flow> flows = new ArrayList<>();
        if (timed.size() < 2 || timed.get(0).outlet() == null) {
            return flows;
        }
        Member first = timed.get(0);
        for (Member later : timed.subList(1, timed.size())) {
            if (later.outlet() == null || later.outlet().equals(first.outlet())) {
                continue;
            }
            boolean creditsOutlet = later.credited().contains(first.outlet());
            boolean creditsSource = first.credited().stream().anyMatch(later.credited()::contains);
            flows.add(new Flow(first, later, Math.max(0, Duration.between(first.at(), later.at()).toMinutes()),
                    creditsOutlet, creditsSource));
        }
        return flows;
    }
}
