package rebound.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The one text format every playbook file uses, chosen so a community can edit it in any editor:
 *
 * <pre>
 * # a comment
 * key: a one-line value
 * [block name]
 * key: value
 * body:
 *   an indented value
 *   may run over many lines
 * </pre>
 *
 * Entries before the first {@code [block]} belong to a block with an empty name. Every entry keeps
 * the line number of each of its lines so problems can be reported as {@code file:line}.
 */
public final class PlaybookFile {

    public record Entry(String key, String value, List<Integer> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }

        public int line() {
            return lines.get(0);
        }
    }

    public record Block(String name, int line, List<Entry> entries) {
        public Block {
            entries = List.copyOf(entries);
        }

        public String get(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(null);
        }

        public List<Entry> all(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).toList();
        }

        public Entry entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
        }
    }

    private final List<Block> blocks;

    private PlaybookFile(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    public List<Block> blocks() {
        return blocks;
    }

    public static PlaybookFile parse(String name, String content, Problems problems) {
        List<Block> blocks = new ArrayList<>();
        String blockName = "";
        int blockLine = 1;
        List<Entry> entries = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);

        String key = null;
        StringBuilder value = new StringBuilder();
        List<Integer> valueLines = new ArrayList<>();
        List<String> continuation = new ArrayList<>();
        List<Integer> continuationLines = new ArrayList<>();

        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            int number = i + 1;
            boolean continues = line != null && key != null
                    && (line.isBlank() || Character.isWhitespace(line.charAt(0)));
            if (continues) {
                continuation.add(line);
                continuationLines.add(number);
                continue;
            }
            if (key != null) {
                entries.add(finish(key, value, valueLines, continuation, continuationLines));
                key = null;
            }
            if (line == null) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && trimmed.endsWith("]")) {
                blocks.add(new Block(blockName, blockLine, entries));
                blockName = trimmed.substring(1, trimmed.length() - 1).strip();
                blockLine = number;
                entries = new ArrayList<>();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                problems.add(name, number, "expected 'key: value', a [block] header or a # comment");
                continue;
            }
            key = line.substring(0, colon).strip();
            value = new StringBuilder(line.substring(colon + 1).strip());
            valueLines = new ArrayList<>();
            valueLines.add(number);
            continuation = new ArrayList<>();
            continuationLines = new ArrayList<>();
        }
        blocks.add(new Block(blockName, blockLine, entries));
        blocks.removeIf(b -> b.name().isEmpty() && b.entries().isEmpty());
        return new PlaybookFile(blocks);
    }

    private static Entry finish(String key, StringBuilder value, List<Integer> valueLines,
                                List<String> continuation, List<Integer> continuationLines) {
        int last = continuation.size() - 1;
        while (last >= 0 && continuation.get(last).isBlank()) {
            last--;
        }
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i <= last; i++) {
            String line = continuation.get(i);
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        boolean inlineEmpty = value.length() == 0;
        List<Integer> lines = new ArrayList<>(inlineEmpty && last >= 0 ? List.of() : valueLines);
        for (int i = 0; i <= last; i++) {
            String line = continuation.get(i);
            String text = line.isBlank() ? "" : line.substring(indent).stripTrailing();
            if (value.length() > 0 || i > 0) {
                value.append('\n');
            }
            value.append(text);
            lines.add(continuationLines.get(i));
        }
        if (lines.isEmpty()) {
            lines.add(valueLines.get(0));
        }
        return new Entry(key, value.toString(), lines);
    }
}
