package org.akhbar.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The name of a Spark column type in each engine's DDL, nested arrays, maps and structs included. */
final class TypeNames {
    private static final Map<DataType, String> SPARK_OR_HIVE_SCALARS = Map.ofEntries(
            Map.entry(DataTypes.StringType, "STRING"), Map.entry(DataTypes.LongType, "BIGINT"),
            Map.entry(DataTypes.IntegerType, "INT"), Map.entry(DataTypes.ShortType, "SMALLINT"),
            Map.entry(DataTypes.ByteType, "TINYINT"), Map.entry(DataTypes.DoubleType, "DOUBLE"),
            Map.entry(DataTypes.FloatType, "FLOAT"), Map.entry(DataTypes.BooleanType, "BOOLEAN"),
            Map.entry(DataTypes.DateType, "DATE"), Map.entry(DataTypes.TimestampType, "TIMESTAMP"),
            Map.entry(DataTypes.BinaryType, "BINARY"));

    private static final Map<DataType, String> TRINO_SCALARS = Map.ofEntries(
            Map.entry(DataTypes.StringType, "varchar"), Map.entry(DataTypes.LongType, "bigint"),
            Map.entry(DataTypes.IntegerType, "integer"), Map.entry(DataTypes.ShortType, "smallint"),
            Map.entry(DataTypes.ByteType, "tinyint"), Map.entry(DataTypes.DoubleType, "double"),
            Map.entry(DataTypes.FloatType, "real"), Map.entry(DataTypes.BooleanType, "boolean"),
            Map.entry(DataTypes.DateType, "date"), Map.entry(DataTypes.TimestampType, "timestamp(6)"),
            Map.entry(DataTypes.BinaryType, "varbinary"));

    private TypeNames() {
    }

    /** Spark SQL and HiveQL spell types the same way; both read our Parquet timestamps as instants. */
    static String sparkOrHive(DataType type) {
        if (type instanceof ArrayType a) {
            return "ARRAY<" + sparkOrHive(a.elementType()) + ">";
        }
        if (type instanceof MapType m) {
            return "MAP<" + sparkOrHive(m.keyType()) + ", " + sparkOrHive(m.valueType()) + ">";
        }
        if (type instanceof StructType s) {
            List<String> fields = new ArrayList<>();
            for (StructField f : s.fields()) {
                fields.add(SqlLiterals.backticked(f.name()) + ": " + sparkOrHive(f.dataType()));
            }
            return "STRUCT<" + String.join(", ", fields) + ">";
        }
        if (type instanceof DecimalType d) {
            return "DECIMAL(" + d.precision() + ", " + d.scale() + ")";
        }
        return scalar(type, SPARK_OR_HIVE_SCALARS);
    }

    /** Trino's Hive connector; timestamps are microsecond instants stored as UTC. */
    static String trino(DataType type) {
        if (type instanceof ArrayType a) {
            return "array(" + trino(a.elementType()) + ")";
        }
        if (type instanceof MapType m) {
            return "map(" + trino(m.keyType()) + ", " + trino(m.valueType()) + ")";
        }
        if (type instanceof StructType s) {
            List<String> fields = new ArrayList<>();
            for (StructField f : s.fields()) {
                fields.add(SqlLiterals.doubleQuoted(f.name()) + " " + trino(f.dataType()));
            }
            return "row(" + String.join(", ", fields) + ")";
        }
        if (type instanceof DecimalType d) {
            return "decimal(" + d.precision() + ", " + d.scale() + ")";
        }
        return scalar(type, TRINO_SCALARS);
    }

    private static String scalar(DataType type, Map<DataType, String> names) {
        String name = names.get(type);
        if (name == null) {
            throw new IllegalArgumentException("no DDL type for " + type.simpleString());
        }
        return name;
    }
}
