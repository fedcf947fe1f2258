package org.akhbar.ddl;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** The warehouse folder as the absolute URI other engines need in LOCATION clauses. */
public final class WarehouseUri {
    private WarehouseUri() {
    }

    public static String of(String location) throws IOException {
        Path path = new Path(location);
        URI uri = path.getFileSystem(new Configuration()).makeQualified(path).toUri();
        String text = uri.toString();
        // Hadoop writes local paths as file:/x; Trino and Hive expect the authority form file:///x.
        if ("file".equals(uri.getScheme()) && uri.getAuthority() == null) {
            text = "file://" + uri.getPath();
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
