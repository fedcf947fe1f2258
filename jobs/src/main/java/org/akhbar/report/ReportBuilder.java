package org.akhbar.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a period's numbers into the report document: Arabic headings and notes, charts, tables. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static ReportDocument build(ReportData data) {
        ReportPeriod period = data.period();
        String title = "تقرير الأخبار: " + periodWord(period) + " " + ltr(period.label());
        if (data.isEmpty()) {
            return new ReportDocument(period.label(), title, List.of(range(period)), List.of(empty(data)));
        }
        List<String> summary = List.of(range(period),
                "عدد المقالات: " + data.articles() + "، ودون المكررات (صوت واحد لكل مجموعة مكررة): "
                        + data.articlesDedup() + ".");
        return new ReportDocument(period.label(), title, summary, List.of(volume(data), sources(data), tags(data),
                entities(data), network(data), reprints(data), quality(data)));
    }

    private static String periodWord(ReportPeriod period) {
        return switch (period.type()) {
            case ReportPeriod.DAY -> "يوم";
            case ReportPeriod.WEEK -> "أسبوع";
            default -> "شهر";
        };
    }

    private static String range(ReportPeriod period) {
        return "الفترة من " + ltr(period.start()) + " إلى " + ltr(period.end().minusDays(1))
                + " (بتوقيت UTC، حسب تاريخ النشر).";
    }

    private static ReportDocument.Section empty(ReportData data) {
        String where = data.firstDatedDay() == null
                ? "لا يحوي المستودع أي مقالة مؤرخة."
                : "المقالات المؤرخة في المستودع تمتد من " + ltr(data.firstDatedDay()) + " إلى "
                        + ltr(data.lastDatedDay()) + ".";
        return new ReportDocument.Section("no-data", "لا توجد بيانات لهذه الفترة", "No data for this period",
                List.of("لم تُنشر أي مقالة في " + ltr(data.period().label()) + " بين مقالات هذا المستودع. " + where
                        + " (No article of this warehouse was published in " + data.period().label() + ".)"),
                List.of(), List.of());
    }

    private static ReportDocument.Section volume(ReportData data) {
        String note = switch (data.period().type()) {
            case ReportPeriod.MONTH -> "عدد المقالات المنشورة في كل يوم من أيام الشهر.";
            case ReportPeriod.WEEK -> "عدد المقالات المنشورة في الأسبوع وفي الأسابيع "
                    + (ReportPeriod.CONTEXT_WEEKS - 1) + " التي سبقته (كل أسبوع باسم يوم الاثنين الذي يبدأ به).";
            default -> "عدد المقالات المنشورة في اليوم وفي الأيام " + (ReportPeriod.CONTEXT_DAYS - 1)
                    + " التي سبقته.";
        };
        boolean weeks = data.timeline().bucketType().equals(ReportPeriod.WEEK);
        List<List<String>> rows = data.volume().stream()
                .map(p -> List.of(p.start().toString(), count(p.articles()), count(p.articlesDedup())))
                .toList();
        ReportDocument.Table table = new ReportDocument.Table("volume", "المقالات عبر الزمن", List.of(
                text(weeks ? "week_start" : "day", weeks ? "بداية الأسبوع" : "اليوم"),
                number("articles", "المقالات"), number("articles_dedup", "دون المكررات")), rows);
        return new ReportDocument.Section("volume", "حجم المقالات عبر الزمن", "Article volume over time",
                List.of(note), List.of(ChartPictures.volume(data, "المقالات عبر الزمن")), List.of(table));
    }

    private static ReportDocument.Section sources(ReportData data) {
        List<List<String>> rows = data.sources().stream()
                .map(s -> List.of(s.name(), count(s.articles()), count(s.articlesDedup()), decimal(s.share(), 4),
                        decimal(s.shareDedup(), 4)))
                .toList();
        ReportDocument.Table table = new ReportDocument.Table("sources", "أبرز الناشرين", List.of(
                text("source_name", "المصدر"), number("articles", "المقالات"), number("articles_dedup", "دون المكررات"),
                number("share", "الحصة"), number("share_dedup", "الحصة دون المكررات")), rows);
        List<String> notes = List.of("الناشر هو ترويسة الموقع، وإلا آخر سطر «المصدر». العدد الخام يحسب كل نسخة من"
                + " الخبر المكرر، والعدد دون المكررات يحسب كل مجموعة مكررة مرة واحدة.");
        return new ReportDocument.Section("sources", "أبرز المصادر: العدد الخام ودون المكررات",
                "Top sources, raw and deduplicated", rows.isEmpty() ? List.of("لا توجد مصادر لهذه الفترة.") : notes,
                rows.isEmpty() ? List.of() : List.of(ChartPictures.sources(data, "أبرز الناشرين")), List.of(table));
    }

    private static ReportDocument.Section tags(ReportData data) {
        List<ReportDocument.Column> columns = List.of(text("tag", "الوسم"), number("articles", "المقالات"),
                number("rank", "الترتيب"), number("trend_score", "درجة الاتجاه"), text("is_new", "جديد"));
        ReportDocument.Table rising = new ReportDocument.Table("tags-rising", "الوسوم الصاعدة", columns,
                tagRows(data.risingTags()));
        ReportDocument.Table falling = new ReportDocument.Table("tags-falling", "الوسوم الهابطة", columns,
                tagRows(data.fallingTags()));
        boolean none = data.risingTags().isEmpty() && data.fallingTags().isEmpty();
        String note = "درجة الاتجاه = (المقالات − م) ÷ √(م + 1)، حيث م متوسط مقالات الوسم في الفترات الأربع السابقة"
                + " من النوع نفسه (صفر إن غاب): موجبة للصاعد وسالبة للهابط.";
        return new ReportDocument.Section("tags", "الوسوم الصاعدة والهابطة", "Rising and falling tags",
                none ? List.of(note, "لا توجد وسوم متغيرة في هذه الفترة.") : List.of(note),
                none ? List.of() : List.of(ChartPictures.tags(data, "درجة اتجاه الوسوم")), List.of(rising, falling));
    }

    private static List<List<String>> tagRows(List<ReportData.TagTrend> tags) {
        return tags.stream().map(t -> List.of(t.tag(), count(t.articles()), count(t.rank()),
                decimal(t.trendScore(), 2), t.isNew() ? "نعم" : "لا")).toList();
    }

    private static ReportDocument.Section entities(ReportData data) {
        List<List<String>> entityRows = data.entities().stream()
                .map(e -> List.of(e.nameAr(), e.nameEn(), e.type(), e.entityId(), count(e.articles()),
                        count(e.articlesDedup())))
                .toList();
        ReportDocument.Table entities = new ReportDocument.Table("entities", "أبرز الكيانات", List.of(
                text("name_ar", "الاسم"), text("name_en", "بالإنجليزية"), text("type", "النوع"),
                text("entity_id", "المعرّف"), number("articles", "المقالات"), number("articles_dedup", "دون المكررات")),
                entityRows);
        ReportDocument.Table pairs = pairTable("pairs", "أقوى الاقترانات", data.pairs());
        List<String> notes = new ArrayList<>();
        notes.add("الاقتران على نافذة المقالة: NPMI (من −1 إلى 1) وG² (نسبة الأرجحية لدانينغ) مع الأعداد التي حُسبا"
                + " منها: مقالات الزوج، ومقالات كل كيان، وعدد المقالات في الفترة (N).");
        if (!data.cooccurrencePeriod().equals(data.period())) {
            notes.add("الاقتران لا يُحسب ليوم واحد، لذا تعرض هذه الجداول اقتران أسبوع هذا اليوم "
                    + ltr(data.cooccurrencePeriod().label()) + " (من " + ltr(data.cooccurrencePeriod().start()) + ").");
        }
        if (data.pairs().isEmpty()) {
            notes.add("لا توجد أزواج فوق حد الدعم في هذه الفترة.");
        }
        List<ReportDocument.Picture> pictures = data.entities().isEmpty() ? List.of()
                : List.of(ChartPictures.entities(data, "أبرز الكيانات"));
        return new ReportDocument.Section("entities", "أبرز الكيانات وأقوى اقتراناتها",
                "Top entities and their strongest co-occurrences", notes, pictures, List.of(entities, pairs));
    }

    private static ReportDocument.Table pairTable(String name, String caption, List<ReportData.PairRow> pairs) {
        List<List<String>> rows = pairs.stream().map(p -> List.of(p.nameA(), p.nameB(), p.entityA(), p.entityB(),
                count(p.pairCount()), count(p.countA()), count(p.countB()), count(p.windows()), decimal(p.npmi(), 3),
                decimal(p.g2(), 3), p.pairCountDedup() == null ? "" : count(p.pairCountDedup()),
                p.npmiDedup() == null ? "" : decimal(p.npmiDedup(), 3))).toList();
        return new ReportDocument.Table(name, caption, List.of(text("name_a", "الكيان أ"), text("name_b", "الكيان ب"),
                text("entity_a", "معرّف أ"), text("entity_b", "معرّف ب"), number("pair_count", "معاً"),
                number("count_a", "أ"), number("count_b", "ب"), number("n_windows", "N"), number("npmi", "NPMI"),
                number("g2", "G²"), number("pair_count_dedup", "معاً دون المكررات"),
                number("npmi_dedup", "NPMI دون المكررات")), rows);
    }

    private static ReportDocument.Section network(ReportData data) {
        List<String> notes = new ArrayList<>(List.of("العقد أبرز الكيانات (مساحة العقدة بعدد مقالاتها)، والخطوط"
                + " أقوى الأزواج بينها حسب NPMI (الخط الأعرض والأغمق أقوى)."));
        if (data.networkEdges().isEmpty()) {
            notes.add("لا يوجد اقتران موجب بين أبرز الكيانات في هذه الفترة.");
        }
        List<ReportDocument.Picture> pictures = data.entities().isEmpty() ? List.of()
                : List.of(NetworkPicture.draw(data.entities(), data.networkEdges(), "شبكة اقتران الكيانات"));
        return new ReportDocument.Section("network", "شبكة اقتران الكيانات", "Entity co-occurrence network", notes,
                pictures, List.of(pairTable("network", "خطوط الشبكة", data.networkEdges())));
    }

    private static ReportDocument.Section reprints(ReportData data) {
        List<ReportData.OutletFlowRow> flows = data.outletFlows();
        List<String> notes = new ArrayList<>(List.of("لكل خبر نُشر في أكثر من منفذ (مجموعة مكررة): المنفذ الذي"
                + " نشره أولاً، ومن نقله عنه بعد كم دقيقة، وهل نسبه إليه أو إلى المصدر الذي نسبه إليه الأول. السهم من"
                + " المنفذ الأول إلى الناقل، عرضه بعدد الأخبار، ولونه بحصة ما نُسب منها (الأزرق منسوب، البرتقالي غير"
                + " منسوب). الخبر يُعدّ في فترة أول نسخة منه."));
        if (flows.isEmpty()) {
            notes.add("لا يوجد خبر نقله منفذ عن آخر في هذه الفترة.");
        }
        ReportDocument.Table table = new ReportDocument.Table("reprints", "من ينقل عمّن", List.of(
                text("first_outlet_name", "المنفذ الأول"), text("outlet_name", "الناقل"),
                number("stories", "الأخبار"), number("median_delay_minutes", "وسيط التأخر (دقيقة)"),
                number("p90_delay_minutes", "التأخر عند 90٪ (دقيقة)"), number("credited_share", "حصة المنسوب")),
                flows.stream().map(f -> List.of(f.firstName(), f.name(), count(f.stories()), count(f.medianDelay()),
                        count(f.p90Delay()), decimal(f.creditedShare(), 2))).toList());
        return new ReportDocument.Section("reprints", "من يسبق إلى الخبر ومن ينقله",
                "Who breaks stories and who takes them", notes,
                flows.isEmpty() ? List.of() : List.of(OutletFlowPicture.draw(flows, "شبكة النقل بين المنافذ")),
                List.of(table));
    }

    private static ReportDocument.Section quality(ReportData data) {
        ReportData.Quality q = data.quality();
        ReportDocument.Table rejects = new ReportDocument.Table("rejects", "المرفوضات حسب السبب (المستودع كله)",
                List.of(text("reason", "السبب"), number("records", "السجلات")),
                q.rejects().stream().map(r -> List.of(r.reason(), count(r.records()))).toList());
        double undatedShare = q.warehouseArticles() == 0 ? 0 : (double) q.warehouseUndated() / q.warehouseArticles();
        ReportDocument.Table measures = new ReportDocument.Table("quality", "مقاييس الجودة", List.of(
                text("measure", "المقياس"), text("scope", "النطاق"), number("value", "القيمة")), List.of(
                List.of("مقالات المستودع", "warehouse", count(q.warehouseArticles())),
                List.of("مقالات بلا تاريخ", "warehouse", count(q.warehouseUndated())),
                List.of("حصة المقالات بلا تاريخ", "warehouse", decimal(undatedShare, 4)),
                List.of("مقالات الفترة", "period", count(data.articles())),
                List.of("مؤرخة بختم الزحف لا بسطر النشر", "period", count(q.periodDatedByCrawl())),
                List.of("مقالات لها نسخ مكررة", "period", count(q.periodArticlesInClusters())),
                List.of("مجموعات التكرار", "period", count(q.periodClusters())),
                List.of("نسخ مطابقة", "period", count(q.periodExactCopies())),
                List.of("نسخ متقاربة", "period", count(q.periodNearCopies()))));
        ReportDocument.Table clusters = new ReportDocument.Table("duplicate-clusters", "أكبر مجموعات التكرار",
                List.of(text("cluster_id", "المجموعة"), text("title", "عنوان أول مقالة"),
                        number("articles", "المقالات")),
                q.largestClusters().stream().map(c -> List.of(c.clusterId(), c.title(), count(c.articles()))).toList());
        return new ReportDocument.Section("quality", "جودة البيانات", "Data quality", List.of(
                "المرفوضات لا تاريخ لها والمقالات بلا تاريخ لا تنتمي إلى فترة، فتُعدّ على المستودع كله؛ بقية المقاييس"
                        + " للفترة. المجموعة المكررة تُسمّى بأصغر معرّف مقالة فيها."),
                List.of(), List.of(measures, rejects, clusters));
    }

    /**
     * A date or period label isolated left to right: inside Arabic text the bidirectional algorithm would otherwise
     * show 2023-10-01 as 01-10-2023. LRI and PDI are invisible in HTML, Markdown and charts alike.
     */
    private static String ltr(Object value) {
        return "\u2066" + value + "\u2069";
    }

    private static ReportDocument.Column text(String key, String label) {
        return new ReportDocument.Column(key, label, false);
    }

    private static ReportDocument.Column number(String key, String label) {
        return new ReportDocument.Column(key, label, true);
    }

    private static String count(long value) {
        return Long.toString(value);
    }

    private static String decimal(double value, int digits) {
        String formatted = String.format(Locale.ROOT, "%." + digits + "f", value);
        // -0.00 would read as a falling trend; zero has no sign.
        return formatted.matches("-0\\.?0*") ? formatted.substring(1) : formatted;
    }
}
