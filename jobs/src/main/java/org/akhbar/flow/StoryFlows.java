package org.akhbar.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who broke a story and who took it: the flows of one duplicate cluster. The first article is the one that can be
 * shown to have been out first: the earliest publication time, where a page that gives only its date (read as
 * midnight UTC) counts as published by the end of that day, so a page with a time of day goes before it on the
 * same day; an article dated by its crawl stamp counts by it. A tie goes to a publication time with a
 * time of day, then a date, then a crawl time, then to the smaller article id. Every later article of another
 * outlet is a flow from the first one's outlet, with its delay (from the times as written, never below 0) and
 * whether it credits that outlet or a source the first article credits. Outlets are keyed as the source resolver
 * keys them (its id, else its name in normal form), never by raw names. A later article of the first one's own
 * outlet is the outlet repeating itself: no flow. A cluster whose every article naming an outlet names the same one
 * (a site publishing a story again, nobody else) is counted apart: each later copy is a {@link #REPEATED_ORIGIN} row
 * from the first, never a flow between outlets.
 *
 * <p>A source the articles credit that no crawled page publishes (a wire agency) is an origin too: its flows run to
 * every article of the cluster that credits it, from the first of them, whose time stands for the source's own.
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
     * @param credited   the sources the article credits (original and cited): their keys, as {@code outlet}, and
     *                   canonical names
     */
    public record Member(String articleId, String outlet, String outletName, Instant at, String timeKind,
                         Map<String, String> credited) {
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

    /** How a flow's origin is known: the outlet of the cluster's first article, or a source its copies credit. */
    public static final String CRAWLED_ORIGIN = "crawled";
    public static final String CREDITED_ORIGIN = "credited";
    /** A cluster inside one outlet: the outlet repeating itself, not a flow. */
    public static final String REPEATED_ORIGIN = "repeated";

    /**
     * A later article taken from an origin: the first article's outlet ({@link #CRAWLED_ORIGIN}), or a source no
     * crawled page publishes that the later article credits ({@link #CREDITED_ORIGIN}), {@code first} then being
     * the first copy that credits it.
     */
    public record Flow(String origin, String originName, String originKind, Member first, Member later,
                       long delayMinutes, boolean creditsFirstOutlet, boolean creditsFirstSource) {
    }

    /** Out earliest first, then a time of day before a date before a crawl time, then article id. */
    static final Comparator<Member> ORDER = Comparator.comparing(Member::outBy)
            .thenComparing(m -> KINDS.indexOf(m.timeKind()))
            .thenComparing(Member::articleId);

    private StoryFlows() {
    }

    /**
     * The flows of a cluster, in the order of the later articles; none when it has no time or when the article out
     * first names no outlet (who broke the story is then unknown). A cluster of one outlet gives its later copies as
     * {@link #REPEATED_ORIGIN} rows.
     */
    public static List<Flow> of(List<Member> cluster) {
        List<Member> timed = timed(cluster);
        List<Flow> flows = new ArrayList<>();
        if (timed.size() < 2 || timed.get(0).outlet() == null) {
            return flows;
        }
        Member first = timed.get(0);
        // Every article counts here, dated or not: a story another outlet carries is no repeat.
        boolean oneOutlet = cluster.stream().map(Member::outlet).filter(Objects::nonNull).distinct().count() == 1;
        for (Member later : timed.subList(1, timed.size())) {
            if (later.outlet() == null || later.outlet().equals(first.outlet()) && !oneOutlet) {
                continue;
            }
            boolean creditsOutlet = later.credited().containsKey(first.outlet());
            boolean creditsSource = first.credited().keySet().stream().anyMatch(later.credited()::containsKey);
            flows.add(new Flow(first.outlet(), first.outletName(), oneOutlet ? REPEATED_ORIGIN : CRAWLED_ORIGIN,
                    first, later, delay(first, later), creditsOutlet, creditsSource));
        }
        return flows;
    }

    /**
     * The flows of a cluster over at least two outlets from each source its articles credit that {@code crawled}
     * does not know as a publisher: to every timed article of an outlet that credits it, the first of them at 0
     * minutes; by source key, then in the order of the articles.
     */
    public static List<Flow> fromUncrawled(List<Member> cluster, Predicate<String> crawled) {
        List<Member> timed = timed(cluster).stream().filter(m -> m.outlet() != null).toList();
        List<Flow> flows = new ArrayList<>();
        if (timed.stream().map(Member::outlet).distinct().count() < 2) {
            return flows;
        }
        Map<String, String> sources = new TreeMap<>();
        for (Member m : timed) {
            m.credited().forEach((key, name) -> {
                if (!crawled.test(key)) {
                    sources.putIfAbsent(key, name);
                }
            });
        }
        sources.forEach((source, name) -> {
            List<Member> crediting = timed.stream().filter(m -> m.credited().containsKey(source)).toList();
            Member first = crediting.get(0);
            for (Member later : crediting) {
                flows.add(new Flow(source, name, CREDITED_ORIGIN, first, later, delay(first, later), true, true));
            }
        });
        return flows;
    }

    private static List<Member> timed(List<Member> cluster) {
        return cluster.stream().filter(m -> m.at() != null).sorted(ORDER).toList();
    }

    private static long delay(Member first, Member later) {
        return Math.max(0, Duration.between(first.at(), later.at()).toMinutes());
    }
}
