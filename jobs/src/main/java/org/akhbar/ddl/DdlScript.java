package org.akhbar.ddl;

import java.util.ArrayList;
import java.util.List;
import org.akhbar.table.TableSchemas;

/** The whole script that declares every table with a schema file over one warehouse, in one dialect. */
public final class DdlScript {
    private final DdlDialect dialect;
    private final String warehouseUri;

    /** {@code warehouseUri}: the warehouse folder as an absolute URI, without a trailing slash. */
    public DdlScript(DdlDialect dialect, String warehouseUri) {
        this.dialect = dialect;
        this.warehouseUri = warehouseUri;
    }

    public List<TableDefinition> tables() {
        List<TableDefinition> tables = new ArrayList<>();
        for (String table : TableSchemas.TABLES) {
            tables.add(new TableDefinition(table, TableSchemas.load(table), warehouseUri + "/" + table));
        }
        return tables;
    }

    /** Every statement in order, without terminating semicolons (what an engine's API runs one at a time). */
    public List<String> statements() {
        List<String> statements = new ArrayList<>(dialect.preamble());
        for (TableDefinition table : tables()) {
            statements.addAll(dialect.statements(table));
        }
        return statements;
    }

    /** The script as a file: the notes as comments, then each statement ended by a semicolon. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String note : dialect.notes()) {
            out.append("-- ").append(note).append('\n');
        }
        for (String statement : statements()) {
            out.append('\n').append(statement).append(";\n");
        }
        return out.toString();
    }
}
