package org.akhbar.dump;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.akhbar.InputException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the {@code --input} arguments (files, folders, globs; any Hadoop file system) into the files to read,
 * each with the path relative to the root it was found under. Names starting with {@code .} or {@code _} are
 * bookkeeping files (Hadoop's {@code _SUCCESS}, {@code .crc}, editors' temporaries) and are not inputs.
 */
public final class InputLister {
    private static final String GLOB_CHARS = "*?[{";

    private final Configuration hadoopConf;

    public InputLister(Configuration hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    /** Every input file, sorted by location, each once even when two arguments overlap. */
    public List<InputFile> list(List<String> inputs) {
        Map<String, InputFile> byUri = new TreeMap<>();
        for (String input : inputs) {
            try {
                for (InputFile file : listOne(input)) {
                    byUri.putIfAbsent(file.uri(), file);
                }
            } catch (FileNotFoundException e) {
                throw new InputException("input not found: " + input);
            } catch (IOException e) {
                throw new InputException("cannot list input " + input + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(byUri.values());
    }

    private List<InputFile> listOne(String input) throws IOException {
        String trimmed = stripTrailingSlash(input);
        Path path = new Path(trimmed);
        FileSystem fs = path.getFileSystem(hadoopConf);
        List<InputFile> files = new ArrayList<>();
        if (!hasGlob(trimmed)) {
            FileStatus status = fs.getFileStatus(path);
            if (status.isDirectory()) {
                addTree(fs, status.getPath(), trimmed, "", files);
            } else {
                files.add(file(status, trimmed, status.getPath().getName()));
            }
            return files;
        }
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new InputException("input pattern matches nothing: " + input);
        }
        String rootAsGiven = globRoot(trimmed);
        Path root = fs.makeQualified(new Path(rootAsGiven.isEmpty() ? "." : rootAsGiven));
        for (FileStatus match : matches) {
            String relative = relativize(root, match.getPath());
            String asGiven = rootAsGiven.isEmpty() ? relative : rootAsGiven + "/" + relative;
            if (match.isDirectory()) {
                addTree(fs, match.getPath(), asGiven, relative + "/", files);
            } else if (!isHidden(relative)) {
                files.add(file(match, asGiven, relative));
            }
        }
        return files;
    }

    /**
     * Adds every file below {@code dir}; {@code relativePrefix} is the folder's own path below the input root.
     * On a local disk it walks folder by folder with plain statuses: {@code listFiles} builds a LocatedFileStatus
     * per file, which makes Hadoop fork {@code ls} for each file's owner and permissions (190,000 forks, over 5
     * minutes, for 1 GB of loose pages). Elsewhere {@code listFiles} is kept: on S3 it is one flat listing.
     */
    private static void addTree(FileSystem fs, Path dir, String dirAsGiven, String relativePrefix,
                                List<InputFile> out) throws IOException {
        Path root = fs.makeQualified(dir);
        if (!"file".equals(root.toUri().getScheme())) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                addVisible(it.next(), root, dirAsGiven, relativePrefix, out);
            }
            return;
        }
        ArrayDeque<Path> folders = new ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            RemoteIterator<FileStatus> it = fs.listStatusIterator(folders.pop());
            while (it.hasNext()) {
                FileStatus status = it.next();
                if (!status.isDirectory()) {
                    addVisible(status, root, dirAsGiven, relativePrefix, out);
                } else if (!isHidden(relativize(root, status.getPath()))) {
                    folders.push(status.getPath());
                }
            }
        }
    }

    private static void addVisible(FileStatus status, Path root, String dirAsGiven, String relativePrefix,
                                   List<InputFile> out) {
        String relative = relativize(root, status.getPath());
        if (!isHidden(relative)) {
            out.add(file(status, dirAsGiven + "/" + relative, relativePrefix + relative));
        }
    }

    private static InputFile file(FileStatus status, String sourceFile, String relativePath) {
        return new InputFile(status.getPath().toString(), sourceFile, relativePath, status.getLen(),
                status.getModificationTime());
    }

    private static String relativize(Path root, Path child) {
        String rootText = root.toUri().getPath();
        String childText = child.toUri().getPath();
        String prefix = rootText.endsWith("/") ? rootText : rootText + "/";
        return childText.startsWith(prefix) ? childText.substring(prefix.length()) : child.getName();
    }

    static boolean isHidden(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGlob(String input) {
        for (char c : GLOB_CHARS.toCharArray()) {
            if (input.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The folder part of a glob before its first wildcard: {@code dumps/2024-*}/x → {@code dumps}. */
    private static String globRoot(String input) {
        int firstGlob = input.length();
        for (char c : GLOB_CHARS.toCharArray()) {
            int i = input.indexOf(c);
            if (i >= 0) {
                firstGlob = Math.min(firstGlob, i);
            }
        }
        int slash = input.lastIndexOf('/', firstGlob);
        return slash < 0 ? "" : input.substring(0, slash);
    }

    private static String stripTrailingSlash(String input) {
        String s = input;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
