package org.akhbar.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each written table has exactly the columns, types and order of its schema file, with the metadata. */
class TableContractTest {

    static List<String> tables() {
        return TableSchemas.TABLES;
    }

    private static StructType written(String table) {
        return SharedSpark.session().read().parquet(SampleWarehouse.path().resolve(table).toString()).schema();
    }

    private static List<String> namesAndTypes(StructType schema) {
        List<String> out = new ArrayList<>();
        for (StructField f : schema.fields()) {
            out.add(f.name() + ":" + f.dataType().simpleString());
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("tables")
    void columnsAndTypesInOrderEqualTheSchemaFile(String table) {
        assertEquals(namesAndTypes(TableSchemas.load(table)), namesAndTypes(written(table)));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyFieldIsDocumented(String table) {
        for (StructField f : TableSchemas.load(table).fields()) {
            for (String key : new String[] {"description", "example", "since"}) {
                assertTrue(f.metadata().contains(key) && !f.metadata().getString(key).isBlank(),
                        table + "." + f.name() + " lacks " + key);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void parquetFilesCarryTheDescriptions(String table) {
        String partition = TableSchemas.partitionColumn(TableSchemas.load(table));
        for (StructField f : written(table).fields()) {
            if (!f.name().equals(partition)) { // partition values live in folder names, not files
                assertEquals(TableSchemas.load(table).apply(f.name()).metadata().getString("description"),
                        f.metadata().getString("description"), table + "." + f.name());
            }
        }
    }

    @Test
    void articlesConcreteValuesOfSeed003() {
        Row r = SharedSpark.session().read().parquet(SampleWarehouse.path().resolve("articles").toString())
                .where("article_id = '17c9a671297a28e8a0c95c1f2370fb4e'")
                .select("title", "published_month", "date_source", "related_headlines", "paragraph_count",
                        "tags_raw", "similar_articles")
                .first();
        assertEquals("الكرملين: نرفض الانتقادات الموجهة إلى قوة حفظ السلام في كاراباخ", r.getString(0));
        assertEquals("2023-09", r.getString(1));
        assertEquals("published", r.getString(2));
        assertEquals(3, r.getList(3).size());
        assertEquals(5, r.getInt(4));
        assertTrue(r.getString(5).startsWith("روسيا موسكو الكرملين بيسكوف"));
        assertTrue(r.getList(6).isEmpty());
    }

    @Test
    void rejectsConcreteValues() {
        Row r = SharedSpark.session().read().parquet(SampleWarehouse.path().resolve("rejects").toString())
                .where("reason = 'no_body'").first();
        assertTrue(r.<String>getAs("source_file").endsWith("bad/labels-only.txt"));
        assertEquals("no body paragraphs were found", r.<String>getAs("message"));
        assertFalse(r.<String>getAs("snippet").isEmpty());
        assertEquals(0L, r.<Long>getAs("record_index"));
    }
}
