package org.akhbar.dump;

import java.io.Serializable;

/**
 * One file found under an input root.
 *
 * @param uri              fully qualified location, used to open it through the Hadoop FileSystem API
 * @param sourceFile       the path as the user gave it, plus the part found below it: the {@code source_file} column
 * @param relativePath     the path relative to the input root it was found under: the stable part of an article id
 * @param size             bytes on storage (compressed size for compressed files)
 * @param modificationTime milliseconds since the epoch, as the file system reports it
 */
public record InputFile(String uri, String sourceFile, String relativePath, long size, long modificationTime)
        implements Serializable {
}
