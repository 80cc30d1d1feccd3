package rebound.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;

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

    static final List<String> FORMS = List.of("subject", "object", "possessive", "own", "self");

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
    /** Titles as written, in the order they win when a name has two ("Herr Dr": Dr.). */
    final List<String> titleRank = new ArrayList<>();
    final Set<String> titleWords = new HashSet<>();
    final Set<String> familyFirst = new HashSet<>();
    final Set<String> middleNames = new HashSet<>();
    final Phrases compoundGiven = new Phrases();
    /** Titles offered, as written, when Rebound asks how to greet a name written family name first ("Ms. Nguyễn"). */
    final List<String> offeredTitles = new ArrayList<>();
    final Phrases slang = new Phrases();
    final Phrases aboutMe = new Phrases();
    final Phrases aboutMeFirst = new Phrases();
    final Phrases saidAboutMe = new Phrases();
    final Phrases judgement = new Phrases();
    final Set<String> remarkSmall = new HashSet<>();
    final Phrases disliked = new Phrases();
    final Phrases complaint = new Phrases();
    final Set<String> aboutThem = new HashSet<>();
    final Set<String> groupWords = new HashSet<>();
    int slipEdits = 0;
    int slipShortest = Integer.MAX_VALUE;
    final List<String> pluralEndings = new ArrayList<>();
    final Set<String> oneOfAKind = new HashSet<>();
    final Set<String> articles = new HashSet<>();
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
    final Set<String> companyPossessives = new HashSet<>();
    final Set<String> takesThe = new HashSet<>();
    final Phrases notThankedFor = new Phrases();
    final Set<String> vagueHeads = new HashSet<>();
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
        new PeopleFile(v).read(people.displayName(), PlaybookFile.parse(people.displayName(), people.content(),
                problems), problems);
        PlaybookSource.Text topics = source.require(TOPICS_FILE, problems);
        new TopicsFile(v).read(topics.displayName(), PlaybookFile.parse(topics.displayName(), topics.content(),
                problems), problems);
        return v;
    }

    /** The label of a part id as a summary names it ("hiring manager"). */
    public String partLabel(String partId) {
        return partLabels.getOrDefault(partId, partId);
    }

    /**
     * Whether a process usually has one person in this part (people.txt's {@code [people step]}
     * {@code one of a kind:}, the hiring manager): a line with no name in that part, typed after someone
     * named in it, is about them rather than another person (issue 18).
     */
    public boolean oneOfAKind(String partId) {
        return oneOfAKind.contains(partId);
    }

    /** The parts in the order they win when one line names several (people.txt's block order). */
    List<String> partOrder() {
        return List.copyOf(partLabels.keySet());
    }

    /** Reports every key of {@code block} that is not among {@code known}. */
    static void checkKeys(String file, PlaybookFile.Block block, Set<String> known, Problems problems) {
        for (PlaybookFile.Entry entry : block.entries()) {
            if (!known.contains(entry.key())) {
                problems.add(file, entry.line(), "unknown key '" + entry.key() + "' in [" + block.name()
                        + "]; use " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** Adds the words or phrases listed under {@code key} in {@code block}, normalized, to {@code into}. */
    static void words(PlaybookFile.Block block, String key, Set<String> into) {
        block.all(key).forEach(e -> list(e.value()).forEach(w -> into.add(String.join(" ", Phrases.words(w)))));
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
