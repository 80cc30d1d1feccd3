package rebound.reading;

import static rebound.reading.ReadingVocabulary.FORMS;
import static rebound.reading.ReadingVocabulary.checkKeys;
import static rebound.reading.ReadingVocabulary.list;
import static rebound.reading.ReadingVocabulary.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.Problems;

/**
 * Reads {@code topics.txt} into a {@link ReadingVocabulary} (format: docs/reading.md): the
 * {@code [topics]} block (non-topics, lead-ins, what makes a clause), the {@code [pronouns SUBJECT]}
 * sets and {@code [to the reader]} (how a detail says "you" to its reader). Every problem is reported
 * with its file and line, and reading goes on to find the next.
 */
final class TopicsFile {

    private static final Set<String> TOPIC_KEYS = Set.of("no topic", "lead-in", "question word", "subject",
            "clause verb", "finite verb", "longest topic", "lower case", "guessed from a line", "the company's",
            "takes the", "not thanked for", "vague head");
    private static final Set<String> READER_KEYS = Set.of("subject", "object", "possessive", "own", "self",
            "name's", "agree", "agree ending", "contraction", "not a noun");

    private final ReadingVocabulary v;

    TopicsFile(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** Reads the parsed {@code topics.txt} of {@code file} into the vocabulary, adding what is wrong to {@code problems}. */
    void read(String file, PlaybookFile parsed, Problems problems) {
        boolean topicsSeen = false;
        boolean readerSeen = false;
        for (PlaybookFile.Block block : parsed.blocks()) {
            String name = block.name();
            if (name.equals("topics")) {
                topicsSeen = true;
                checkKeys(file, block, TOPIC_KEYS, problems);
                block.all("no topic").forEach(e -> list(e.value()).forEach(w -> v.noTopic.add(String.join(" ",
                        Phrases.words(w)))));
                block.all("lead-in").forEach(e -> list(e.value()).forEach(w -> v.leadIns.add(w, "lead-in")));
                words(block, "question word", v.questionWords);
                words(block, "subject", v.subjects);
                words(block, "clause verb", v.clauseVerbs);
                words(block, "finite verb", v.finiteVerbs);
                words(block, "lower case", v.lowerCase);
                words(block, "the company's", v.companyPossessives);
                words(block, "takes the", v.takesThe);
                block.all("not thanked for").forEach(e -> list(e.value()).forEach(w -> v.notThankedFor.add(w,
                        "not thanked for")));
                words(block, "vague head", v.vagueHeads);
                block.all("guessed from a line").forEach(e -> v.guessedPronouns.addAll(list(e.value())));
                PlaybookFile.Entry longest = block.entry("longest topic");
                if (longest != null) {
                    try {
                        v.longestTopic = Integer.parseInt(longest.value().strip());
                    } catch (NumberFormatException e) {
                        problems.add(file, longest.line(), "'longest topic:' is a number of words, like 12");
                    }
                }
            } else if (name.startsWith("pronouns ")) {
                Map<String, Set<String>> forms = new HashMap<>();
                checkKeys(file, block, Set.copyOf(FORMS), problems);
                for (String form : FORMS) {
                    Set<String> set = new HashSet<>();
                    words(block, form, set);
                    if (set.isEmpty()) {
                        problems.add(file, block.line(), "[" + name + "] needs '" + form + ":'");
                    }
                    forms.put(form, set);
                }
                String subject = name.substring(9).strip();
                v.pronouns.put(subject, new ReadingVocabulary.PronounSet(subject, forms));
            } else if (name.equals("to the reader")) {
                readerSeen = true;
                checkKeys(file, block, READER_KEYS, problems);
                for (String form : FORMS) {
                    String value = block.get(form);
                    if (value == null || value.isBlank()) {
                        problems.add(file, block.line(), "[to the reader] needs '" + form + ":'");
                    } else {
                        v.toReader.put(form, value.strip());
                    }
                }
                String nameS = block.get("name's");
                v.toReader.put("name's", nameS == null ? v.toReader.getOrDefault("possessive", "") : nameS.strip());
                pairs(file, block, "agree", problems).forEach(p -> v.agree.put(Phrases.norm(p[0]), p[1]));
                v.agreeEndings.addAll(pairs(file, block, "agree ending", problems));
                v.agreeEndings.sort((a, b) -> b[0].length() - a[0].length());
                pairs(file, block, "contraction", problems).forEach(p -> v.contractions.put(Phrases.norm(p[0]), p[1]));
                words(block, "not a noun", v.notANoun);
            } else {
                problems.add(file, block.line(), "unknown block [" + name
                        + "]; topics.txt has [topics], [pronouns SUBJECT], [to the reader]");
            }
        }
        if (!topicsSeen) {
            problems.add(file, "missing the block [topics]");
        }
        if (!readerSeen) {
            problems.add(file, "missing the block [to the reader]");
        }
    }

    private static List<String[]> pairs(String file, PlaybookFile.Block block, String key, Problems problems) {
        List<String[]> pairs = new ArrayList<>();
        for (PlaybookFile.Entry entry : block.all(key)) {
            for (String item : list(entry.value())) {
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    problems.add(file, entry.line(), "'" + key + ":' lists 'from = to' pairs; '" + item + "' has no '='");
                    continue;
                }
                pairs.add(new String[] {item.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT),
                        item.substring(eq + 1).strip()});
            }
        }
        return pairs;
    }
}
