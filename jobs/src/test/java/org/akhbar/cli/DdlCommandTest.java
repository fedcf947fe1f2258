package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.akhbar.ddl.DdlScript;
import org.akhbar.ddl.SparkDdl;
import org.akhbar.ddl.WarehouseUri;
import org.akhbar.table.TableSchemas;
import org.akhbar.testing.SampleWarehouse;
import org.akhbar.testing.SharedSpark;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DdlCommandTest {

    /** The type every column of articles must get, per dialect (spark and hive spell types alike). */
    private static final Map<String, String> SPARK_TYPES = Map.of("article_id", "STRING", "record_index", "BIGINT",
            "crawled_at", "TIMESTAMP", "published_date", "DATE", "paragraph_count", "INT", "sources",
            "ARRAY<STRING>", "undecodable_chars", "INT", "published_month", "STRING");
    private static final Map<String, String> TRINO_TYPES = Map.of("article_id", "varchar", "record_index", "bigint",
            "crawled_at", "timestamp(6)", "published_date", "date", "paragraph_count", "integer", "sources",
            "array(varchar)", "undecodable_chars", "integer", "published_month", "varchar");

    @Test
    void tableListEqualsTheSchemaFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "schemas"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
            assertEquals(names, TableSchemas.TABLES.stream().sorted().toList());
        }
    }

    @Test
    void sparkDeclaresEveryTableAndEveryColumnOfArticles() {
        String ddl = ddl("spark");
        for (String table : TableSchemas.TABLES) {
            assertTrue(ddl.contains("CREATE TABLE IF NOT EXISTS `" + table + "` ("), table);
        }
        String articles = statement(ddl, "CREATE TABLE IF NOT EXISTS `articles`");
        for (StructField f : TableSchemas.load("articles").fields()) {
            assertTrue(articles.contains("\n  `" + f.name() + "` "), f.name());
        }
        SPARK_TYPES.forEach((column, type) -> assertTrue(articles.contains("`" + column + "` " + type + " COMMENT '"),
                column + " " + type));
        assertTrue(articles.contains("PARTITIONED BY (`published_month`)"));
        assertTrue(articles.contains("LOCATION '" + location("articles") + "'"), articles);
        assertTrue(ddl.contains("MSCK REPAIR TABLE `articles`;"));
        assertTrue(statement(ddl, "CREATE TABLE IF NOT EXISTS `runs`")
                .contains("`parameters` MAP<STRING, STRING> COMMENT"));
        // A quote inside a description is escaped, not the end of the literal.
        assertTrue(articles.contains("plus \\'!\\' and the entry name"), articles);
    }

    @Test
    void hiveKeepsThePartitionColumnOutOfTheColumnList() {
        String ddl = ddl("hive");
        for (String table : TableSchemas.TABLES) {
            assertTrue(ddl.contains("CREATE EXTERNAL TABLE IF NOT EXISTS `" + table + "` ("), table);
        }
        String articles = statement(ddl, "CREATE EXTERNAL TABLE IF NOT EXISTS `articles`");
        String columns = articles.substring(0, articles.indexOf("PARTITIONED BY"));
        for (StructField f : TableSchemas.load("articles").fields()) {
            assertEquals(!f.name().equals("published_month"), columns.contains("\n  `" + f.name() + "` "), f.name());
        }
        SPARK_TYPES.forEach((column, type) -> assertTrue(articles.contains("`" + column + "` " + type + " COMMENT '"),
                column + " " + type));
        assertTrue(articles.contains("PARTITIONED BY (`published_month` STRING COMMENT '"));
        assertTrue(articles.contains("STORED AS PARQUET\nLOCATION '" + location("articles") + "'"), articles);
        assertTrue(ddl.contains("MSCK REPAIR TABLE `articles`;"));
        assertFalse(ddl.contains("MSCK REPAIR TABLE `runs`;"));
    }

    @Test
    void trinoUsesItsOwnTypesAndSyncsPartitions() {
        String ddl = ddl("trino", "--schema", "akhbar");
        assertTrue(ddl.contains("CREATE SCHEMA IF NOT EXISTS hive.akhbar;"));
        for (String table : TableSchemas.TABLES) {
            assertTrue(ddl.contains("CREATE TABLE IF NOT EXISTS hive.akhbar." + table + " ("), table);
        }
        String articles = statement(ddl, "CREATE TABLE IF NOT EXISTS hive.akhbar.articles");
        for (StructField f : TableSchemas.load("articles").fields()) {
            assertTrue(articles.contains("\n  \"" + f.name() + "\" "), f.name());
        }
        TRINO_TYPES.forEach((column, type) -> assertTrue(articles.contains("\"" + column + "\" " + type
                + " COMMENT '"), column + " " + type));
        assertTrue(articles.contains("external_location = '" + location("articles") + "'"), articles);
        assertTrue(articles.contains("partitioned_by = ARRAY['published_month']"), articles);
        assertTrue(articles.indexOf("\"published_month\"") > articles.indexOf("\"content_hash\""));
        assertTrue(ddl.contains("CALL hive.system.sync_partition_metadata('akhbar', 'articles', 'FULL');"));
        assertTrue(statement(ddl, "CREATE TABLE IF NOT EXISTS hive.akhbar.runs")
                .contains("\"parameters\" map(varchar, varchar) COMMENT"));
        assertTrue(statement(ddl, "CREATE TABLE IF NOT EXISTS hive.akhbar.article_entities")
                .contains("\"paragraphs\" array(integer) COMMENT"));
        assertTrue(articles.contains("plus ''!'' and the entry name"), articles);
    }

    @Test
    void unknownDialectIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CommandOutput.run("ddl", "--warehouse", "w", "--dialect", "mysql").exitCode());
    }

    @Test
    void sparkStatementsRunAndReadTheWarehouse(@TempDir Path tmp) throws Exception {
        SparkSession spark = SharedSpark.session().newSession();
        String database = "ddl_test_" + Long.toHexString(System.nanoTime());
        spark.sql("CREATE DATABASE " + database + " LOCATION '" + tmp.toUri() + "'");
        try {
            spark.sql("USE " + database);
            for (String statement : new DdlScript(new SparkDdl(), WarehouseUri.of(warehouse())).statements()) {
                spark.sql(statement);
            }
            for (String table : TableSchemas.TABLES) {
                long direct = spark.read().parquet(SampleWarehouse.path().resolve(table).toString()).count();
                assertEquals(direct, spark.sql("SELECT count(*) FROM " + table).first().getLong(0), table);
            }
            assertEquals(spark.read().parquet(SampleWarehouse.path().resolve("articles").toString())
                            .select("published_month").distinct().count(),
                    spark.sql("SHOW PARTITIONS articles").count());
        } finally {
            spark.sql("USE default");
            spark.sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
        }
        assertTrue(Files.exists(SampleWarehouse.path().resolve("articles").resolve("_SUCCESS")),
                "dropping the tables keeps the warehouse's files");
    }

    private static String warehouse() {
        return SampleWarehouse.path().toString();
    }

    private static String location(String table) {
        return "file://" + SampleWarehouse.path().toAbsolutePath() + "/" + table;
    }

    private static String ddl(String dialect, String... more) {
        String[] args = Stream.concat(Stream.of("ddl", "--warehouse", warehouse(), "--dialect", dialect),
                Stream.of(more)).toArray(String[]::new);
        CommandOutput run = CommandOutput.run(args);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return run.out();
    }

    /** The statement that starts with {@code start}, up to its semicolon. */
    private static String statement(String ddl, String start) {
        int from = ddl.indexOf(start);
        assertTrue(from >= 0, start);
        return ddl.substring(from, ddl.indexOf(";\n", from));
    }
}
