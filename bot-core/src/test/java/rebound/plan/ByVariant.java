package rebound.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import rebound.playbook.PlaybookSource;
import rebound.playbook.ScriptLibrary;

/**
 * The built-in playbook once per script variant, so a test reaches every variant through
 * {@link Playbook#draft} (which renders a tone's first variant): the {@code r}-th playbook has each tone's
 * variant {@code r} (modulo the tone's count) moved first. Built once per test run; the copies are
 * written to a temporary folder, loaded, and deleted.
 */
final class ByVariant {

    private static final Pattern TONE = Pattern.compile("^\\[(warm|formal|brief)]\\s*$");
    private static List<Playbook> playbooks;

    private ByVariant() {
    }

    /** As many playbooks as the most variants any tone of any kind has. */
    static synchronized List<Playbook> playbooks() {
        if (playbooks == null) {
            try {
                playbooks = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return playbooks;
    }

    private static List<Playbook> build() throws IOException {
        ScriptLibrary scripts = PlaybookBundle.load(PlaybookSource.builtIn()).scripts();
        int most = 1;
        for (String kind : Playbook.KINDS) {
            for (String tone : ScriptLibrary.TONES) {
                most = Math.max(most, scripts.script(kind).variants(tone).size());
            }
        }
        Path folder = Files.createTempDirectory("rebound-variants");
        try {
            List<Playbook> all = new ArrayList<>();
            for (int r = 0; r < most; r++) {
                Path dir = folder.resolve("variant" + r);
                Files.createDirectories(dir.resolve("scripts"));
                for (String kind : Playbook.KINDS) {
                    String text = PlaybookSource.builtIn().read("scripts/" + kind + ".txt").orElseThrow().content();
                    Files.writeString(dir.resolve("scripts/" + kind + ".txt"), rotated(text, r));
                }
                all.add(PlaybookBundle.load(PlaybookSource.withOverrides(dir)).playbook());
            }
            return List.copyOf(all);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The script text with each tone's blocks turned so that block {@code r} comes first. */
    static String rotated(String text, int r) {
        List<String> header = new ArrayList<>();
        Map<String, List<List<String>>> blocks = new LinkedHashMap<>();
        List<String> current = header;
        for (String line : text.split("\n", -1)) {
            Matcher tone = TONE.matcher(line);
            if (tone.matches()) {
                current = new ArrayList<>();
                blocks.computeIfAbsent(tone.group(1), t -> new ArrayList<>()).add(current);
            }
            current.add(line);
        }
        StringBuilder out = new StringBuilder(String.join("\n", header)).append('\n');
        blocks.forEach((tone, list) -> {
            for (int i = 0; i < list.size(); i++) {
                out.append(String.join("\n", list.get((i + r) % list.size()))).append("\n\n");
            }
        });
        return out.toString();
    }
}
