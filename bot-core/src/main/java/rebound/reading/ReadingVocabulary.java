package rebound.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.script.PlaybookFile;
import rebound.script.PlaybookSource;
import rebound.script.Problems;

/**
 * Every word the readers of people and topics understand, read from the playbook's
 * {@code people.txt} and {@code topics.txt} (format: docs/reading.md) so a community can extend
 * it without recompiling. Problems are reported with file and line, like the other playbook files.
 */
public final class ReadingVocabulary {

    public static final String PEOPLE_FILE = "people.txt";
    public static final String TOPICS_FILE = "topics.txt";

    /** The stable part ids (ARCHITECTURE.md); {@code people.txt} must describe each of them. */
    public static final List<String> PART_IDS =
            List.of("hiring_manager", "recruiter", "interviewer", "team_member", "executive", "other");
    /** The part of a person whose line names none. */
    public static final String NO_PART = "other";

    private static final Set<String> PART_KEYS = Set.of("label", "word", "prefix");
    private static final Set<String> ASK_KEYS = Set.of("question", "choice");
    private static final Set<String> NAME_KEYS =
            Set.of("not a name", "filler", "after a name", "field", "link", "who", "particle", "capital after",
            "no name");
    private static final Set<String> COMMAND_KEYS = Set.of("remove", "fix");
    private static final Set<String> TOPIC_KEYS = Set.of("no topic", "lead-in", "question word", "subject",
            "clause verb", "finite verb", "longest topic", "lower case", "guessed from a line");
    static final List<String> FORMS = List.of("subject", "object", "possessive", "own", "self");
    private static final Set<String> READER_KEYS = Set.of("subject", "object", "possessive", "own", "self",
            "name's", "agree", "agree ending", "contraction", "not a noun");

    /** A word that could name two parts, and the question that settles it. */
    record Ask(String question, List<Ambiguity.Choice> choices) {
    }

    /** A set of pronouns of one person, by form (subject, object, possessive, own, self). */
    record PronounSet(String name, Map<String, Set<String>> forms) {
        boolean has(String form, String word) {
            return forms.getOrDefault(form, Set.of()).contains(word);
        }

        boolean any(String word) {
            return forms.values().stream().anyMatch(s -> s.contains(word));
        }
    }

    // people.txt
    final Map<String, String> partLabels = new LinkedHashMap<>();
    final Phrases partWords = new Phrases();
    final Phrases partPrefixes = new Phrases();
    final Phrases askWords = new Phrases();
    final Map<String, Ask> asks = new HashMap<>();
    final Map<String, String> titles = new HashMap<>();
    final Set<String> notAName = new HashSet<>();
    final Set<String> fillers = new HashSet<>();
    final Set<String> fields = new HashSet<>();
    final Set<String> afterName = new HashSet<>();
    final Set<String> links = new HashSet<>();
    final Set<String> who = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    final List<String> capitalAfter = new ArrayList<>();
    final Phrases noName = new Phrases();
    final Phrases commands = new Phrases();
    final Set<String> joiners = new HashSet<>();
    String severalPeople = "";

    // topics.txt
    final Set<String> noTopic = new HashSet<>();
    final Phrases leadIns = new Phrases();
    final Set<String> questionWords = new HashSet<>();
    final Set<String> subjects = new HashSet<>();
    final Set<String> clauseVerbs = new HashSet<>();
    final Set<String> finiteVerbs = new HashSet<>();
    final Set<String> lowerCase = new HashSet<>();
    final List<String> guessedPronouns = new ArrayList<>();
    int longestTopic = 12;
    final Map<String, PronounSet> pronouns = new LinkedHashMap<>();
    final Map<String, String> toReader = new HashMap<>();
    final Map<String, String> agree = new HashMap<>();
    final List<String[]> agreeEndings = new ArrayList<>();
    final Map<String, String> contractions = new HashMap<>();
    final Set<String> notANoun = new HashSet<>();

    private ReadingVocabulary() {
    }

    /** Reads both files (a community's copies first) or fails with every problem, each with file and line. */
    public static ReadingVocabulary load(PlaybookSource source) {
        Problems problems = new Problems();
        ReadingVocabulary vocabulary = load(source, problems);
        problems.throwIfAny();
        return vocabulary;
    }

    /** Reads both files, adding what is wrong to {@code problems} instead of stopping at the first. */
    public static ReadingVocabulary load(PlaybookSource source, Problems problems) {
        ReadingVocabulary v = new ReadingVocabulary();
        PlaybookSource.Text people = source.require(PEOPLE_FILE, problems);
        v.readPeople(people.displayName(), PlaybookFile.parse(people.displayName(), people.content(), problems),
                problems);
        PlaybookSource.Text topics = source.require(TOPICS_FILE, problems);
        v.readTopics(topics.displayName(), PlaybookFile.parse(topics.displayName(), topics.content(), problems),
                problems);
        return v;
    }

    /** The label of a part id as a summary names it ("hiring manager"). */
    public String partLabel(String partId) {
        return partLabels.getOrDefault(partId, partId);
    }

    /** The parts in the order they win when one line names several (people.txt's block order). */
    List<String> partOrder() {
        return List.copyOf(partLabels.keySet());
    }

    private void readPeople(String file, PlaybookFile parsed, Problems problems) {
        boolean namesSeen = false;
        for (PlaybookFile.Block block : parsed.blocks()) {
            String name = block.name();
            if (name.startsWith("part ")) {
                readPart(file, block, name.substring(5).strip(), problems);
            } else if (name.startsWith("ask ")) {
                readAsk(file, block, name.substring(4).strip(), problems);
            } else if (name.equals("titles")) {
                for (PlaybookFile.Entry entry : block.entries()) {
                    list(entry.value()).forEach(typed -> titles.put(Phrases.norm(typed), entry.key()));
                    titles.put(Phrases.norm(entry.key()), entry.key());
                }
            } else if (name.equals("names")) {
                namesSeen = true;
                checkKeys(file, block, NAME_KEYS, problems);
                words(block, "not a name", notAName);
                words(block, "filler", fillers);
                words(block, "field", fields);
                words(block, "after a name", afterName);
                words(block, "link", links);
                words(block, "who", who);
                words(block, "particle", particles);
                block.all("capital after").forEach(e -> list(e.value()).forEach(w -> capitalAfter.add(Phrases.norm(w))));
                block.all("no name").forEach(e -> list(e.value()).forEach(p -> noName.add(p, "no name")));
            } else if (name.equals("several people")) {
                checkKeys(file, block, Set.of("joiner", "question"), problems);
                words(block, "joiner", joiners);
                String question = block.get("question");
                if (question == null || question.isBlank()) {
                    problems.add(file, block.line(), "[several people] needs a 'question:'");
                } else {
                    severalPeople = question.strip();
                }
            } else if (name.equals("commands")) {
                checkKeys(file, block, COMMAND_KEYS, problems);
                for (PlaybookFile.Entry entry : block.entries()) {
                    list(entry.value()).forEach(p -> commands.add(p, entry.key()));
                }
            } else {
                problems.add(file, block.line(), "unknown block [" + name
                        + "]; people.txt has [part ID], [ask WORD], [several people], [titles], [names], [commands]");
            }
        }
        for (String id : PART_IDS) {
            if (!partLabels.containsKey(id)) {
                problems.add(file, "missing the block [part " + id + "]: every part needs its words");
            }
        }
        if (!namesSeen) {
            problems.add(file, "missing the block [names]");
        }
    }

    private void readPart(String file, PlaybookFile.Block block, String id, Problems problems) {
        if (!PART_IDS.contains(id)) {
            problems.add(file, block.line(), "unknown part '" + id + "'; the parts are " + String.join(", ", PART_IDS));
            return;
        }
        checkKeys(file, block, PART_KEYS, problems);
        String label = block.get("label");
        if (label == null || label.isBlank()) {
            problems.add(file, block.line(), "[part " + id + "] needs a 'label:'");
        }
        partLabels.put(id, label == null ? id : label.strip());
        block.all("word").forEach(e -> list(e.value()).forEach(w -> partWords.add(w, id)));
        block.all("prefix").forEach(e -> list(e.value()).forEach(w -> partPrefixes.add(w, id)));
    }

    private void readAsk(String file, PlaybookFile.Block block, String word, Problems problems) {
        checkKeys(file, block, ASK_KEYS, problems);
        String question = block.get("question");
        if (question == null || question.isBlank()) {
            problems.add(file, block.line(), "[ask " + word + "] needs a 'question:'");
        }
        List<Ambiguity.Choice> choices = new ArrayList<>();
        for (PlaybookFile.Entry entry : block.all("choice")) {
            int eq = entry.value().indexOf('=');
            String part = eq < 0 ? "" : entry.value().substring(0, eq).strip();
            if (eq < 0 || !PART_IDS.contains(part)) {
                problems.add(file, entry.line(), "a choice is 'part id = what the member sees', with a part among "
                        + String.join(", ", PART_IDS));
                continue;
            }
            choices.add(new Ambiguity.Choice(part, entry.value().substring(eq + 1).strip()));
        }
        if (choices.size() < 2) {
            problems.add(file, block.line(), "[ask " + word + "] needs two choices or more");
        }
        String key = String.join(" ", Phrases.words(word));
        asks.put(key, new Ask(question == null ? "" : question.strip(), choices));
        askWords.add(word, key);
    }

    private void readTopics(String file, PlaybookFile parsed, Problems problems) {
        boolean topicsSeen = false;
        boolean readerSeen = false;
        for (PlaybookFile.Block block : parsed.blocks()) {
            String name = block.name();
            if (name.equals("topics")) {
                topicsSeen = true;
                checkKeys(file, block, TOPIC_KEYS, problems);
                block.all("no topic").forEach(e -> list(e.value()).forEach(w -> noTopic.add(String.join(" ",
                        Phrases.words(w)))));
                block.all("lead-in").forEach(e -> list(e.value()).forEach(w -> leadIns.add(w, "lead-in")));
                words(block, "question word", questionWords);
                words(block, "subject", subjects);
                words(block, "clause verb", clauseVerbs);
                words(block, "finite verb", finiteVerbs);
                words(block, "lower case", lowerCase);
                block.all("guessed from a line").forEach(e -> guessedPronouns.addAll(list(e.value())));
                PlaybookFile.Entry longest = block.entry("longest topic");
                if (longest != null) {
                    try {
                        longestTopic = Integer.parseInt(longest.value().strip());
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
                pronouns.put(subject, new PronounSet(subject, forms));
            } else if (name.equals("to the reader")) {
                readerSeen = true;
                checkKeys(file, block, READER_KEYS, problems);
                for (String form : FORMS) {
                    String value = block.get(form);
                    if (value == null || value.isBlank()) {
                        problems.add(file, block.line(), "[to the reader] needs '" + form + ":'");
                    } else {
                        toReader.put(form, value.strip());
                    }
                }
                String nameS = block.get("name's");
                toReader.put("name's", nameS == null ? toReader.getOrDefault("possessive", "") : nameS.strip());
                pairs(file, block, "agree", problems).forEach(p -> agree.put(Phrases.norm(p[0]), p[1]));
                agreeEndings.addAll(pairs(file, block, "agree ending", problems));
                agreeEndings.sort((a, b) -> b[0].length() - a[0].length());
                pairs(file, block, "contraction", problems).forEach(p -> contractions.put(Phrases.norm(p[0]), p[1]));
                words(block, "not a noun", notANoun);
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

    private static void checkKeys(String file, PlaybookFile.Block block, Set<String> known, Problems problems) {
        for (PlaybookFile.Entry entry : block.entries()) {
            if (!known.contains(entry.key())) {
                problems.add(file, entry.line(), "unknown key '" + entry.key() + "' in [" + block.name()
                        + "]; use " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static void words(PlaybookFile.Block block, String key, Set<String> into) {
        block.all(key).forEach(e -> list(e.value()).forEach(w -> into.add(String.join(" ", Phrases.words(w)))));
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

    /** A comma-separated value of the reading files, each item stripped, empty ones dropped. */
    static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String stripped = item.replace('\n', ' ').strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }
}
