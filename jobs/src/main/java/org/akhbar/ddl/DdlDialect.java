package org.akhbar.ddl;

import java.util.List;

/** How one engine declares the warehouse's tables over their existing folders. */
public interface DdlDialect {
    /** Comment lines (without the comment marker) that tell the reader what the statements assume. */
    List<String> notes();

    /** Statements run once before the tables (a schema to hold them), without terminating semicolons. */
    List<String> preamble();

    /** The statements that declare one table and find its partitions, without terminating semicolons. */
    List<String> statements(TableDefinition table);
}
