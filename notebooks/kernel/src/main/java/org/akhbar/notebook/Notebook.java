package org.akhbar.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.akhbar.job.WarehouseConventions;
import org.akhbar.table.Warehouse;
import org.apache.spark.sql.SparkSession;

/** How a notebook starts: a local Spark and the warehouse's tables as views, found where the notebook is run. */
public final class Notebook {
    /** Environment variable naming the warehouse; without it, {@value #DEFAULT_WAREHOUSE} from the notebook folder. */
    public static final String WAREHOUSE_VARIABLE = "AKHBAR_WAREHOUSE";
    public static final String DEFAULT_WAREHOUSE = "../warehouse";

    private Notebook() {
    }

    public static String warehouse() {
        String named = System.getenv(WAREHOUSE_VARIABLE);
        String location = named == null || named.isBlank() ? DEFAULT_WAREHOUSE : named;
        // A URI (hdfs://, s3a://) is used as given; a local path is made absolute so messages say where it looked.
        return location.contains("://") ? location : Path.of(location).toAbsolutePath().normalize().toString();
    }

    /**
     * The notebook's Spark: embedded on the local cores unless the kernel was started with {@code -Dspark.master},
     * small shuffles, no web UI or progress bars in cell output.
     */
    public static SparkSession spark() {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("akhbar notebook")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4");
        if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        WarehouseConventions.apply(spark);
        return spark;
    }

    /** Every committed table of the warehouse as a view named like its folder, as {@code news sql} sees them. */
    public static List<String> registerTables(SparkSession spark, String location) throws IOException {
        Warehouse tables = new Warehouse(spark, location);
        if (!tables.fileSystem().isDirectory(tables.root())) {
            throw new IllegalArgumentException("warehouse not found: " + location + " (set " + WAREHOUSE_VARIABLE
                    + ", or build it with bin/news pipeline --input data/sample --warehouse warehouse)");
        }
        return tables.registerViews();
    }
}
