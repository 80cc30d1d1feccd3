package rebound.playbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the playbook's files come from: the built-in copy inside the jar, with any file of a
 * community's own folder ({@code REBOUND_PLAYBOOK_DIR}) taking its place.
 */
public final class PlaybookSource {

    private static final String BUILT_IN = "/playbook/";

    /** A playbook file's text and the name problems should use for it. */
    public record Text(String displayName, String content) {
    }

    private final Path overrides;

    private PlaybookSource(Path overrides) {
        this.overrides = overrides;
    }

    public static PlaybookSource builtIn() {
        return new PlaybookSource(null);
    }

    public static PlaybookSource withOverrides(Path folder) {
        if (folder == null) {
            return builtIn();
        }
        if (!Files.isDirectory(folder)) {
            throw new PlaybookException(List.of(folder + ": the playbook folder does not exist or is not a folder"));
        }
        return new PlaybookSource(folder);
    }

    /** The file at {@code relative} (like {@code scripts/thank_you.txt}), the override first. */
    public Optional<Text> read(String relative) {
        if (overrides != null) {
            Path file = overrides.resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(new Text(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        try (InputStream in = PlaybookSource.class.getResourceAsStream(BUILT_IN + relative)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Text("playbook/" + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in playbook/" + relative, e);
        }
    }

    public Text require(String relative, Problems problems) {
        Optional<Text> text = read(relative);
        if (text.isEmpty()) {
            problems.add(relative, "missing: the playbook needs this file");
            return new Text(relative, "");
        }
        return text.get();
    }

    /** Files in the override folder under {@code subfolder}, so a validator can flag the unknown ones. */
    public List<String> overrideFiles(String subfolder) {
        List<String> names = new ArrayList<>();
        if (overrides == null || !Files.isDirectory(overrides.resolve(subfolder))) {
            return names;
        }
        try (Stream<Path> files = Files.list(overrides.resolve(subfolder))) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(subfolder + "/" + f.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + overrides.resolve(subfolder), e);
        }
        return names;
    }
}
