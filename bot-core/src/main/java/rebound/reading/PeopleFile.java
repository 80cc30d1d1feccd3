package rebound.reading;

import static rebound.reading.ReadingVocabulary.PART_IDS;
import static rebound.reading.ReadingVocabulary.checkKeys;
import static rebound.reading.ReadingVocabulary.list;
import static rebound.reading.ReadingVocabulary.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.Problems;

/**
 * Reads {@code people.txt} into a {@link ReadingVocabulary} (format: docs/reading.md): the
 * {@code [part ID]} blocks (one per stable part id), {@code [ask WORD]}, {@code [several people]},
 * {@code [titles]}, {@code [names]}, {@code [commands]}, and (issue 18) {@code [job titles]},
 * {@code [honorifics]}, {@code [greetings]} and {@code [remarks]}. Every problem is reported with its file
 * and line, and reading goes on to find the next.
 */
final class PeopleFile {

    private static final Set<String> PART_KEYS = Set.of("label", "word", "prefix");
    private static final Set<String> ASK_KEYS = Set.of("question", "choice");
    private static final Set<String> NAME_KEYS =
            Set.of("not a name", "filler", "after a name", "field", "link", "who", "particle", "capital after",
            "no name", "article");
    private static final Set<String> COMMAND_KEYS = Set.of("remove", "fix");
    private static final Set<String> JOB_TITLE_KEYS = Set.of("function", "seniority");
    private static final Set<String> GREETING_KEYS = Set.of("family name first", "middle", "compound given name",
            "titles offered");
    private static final Set<String> REMARK_KEYS =
            Set.of("slang", "about me", "about me first", "said about me", "judgement", "small", "disliked",
                    "complaint", "about them");

    private final ReadingVocabulary v;

    PeopleFile(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** Reads the parsed {@code people.txt} of {@code file} into the vocabulary, adding what is wrong to {@code problems}. */
    void read(String file, PlaybookFile parsed, Problems problems) {
        boolean namesSeen = false;
        for (PlaybookFile.Block block : parsed.blocks()) {
            String name = block.name();
            if (name.startsWith("part ")) {
                readPart(file, block, name.substring(5).strip(), problems);
            } else if (name.startsWith("ask ")) {
                readAsk(file, block, name.substring(4).strip(), problems);
            } else if (name.equals("titles") || name.equals("honorifics")) {
                for (PlaybookFile.Entry entry : block.entries()) {
                    list(entry.value()).forEach(typed -> v.titles.put(Phrases.norm(typed), entry.key()));
                    v.titles.put(Phrases.norm(entry.key()), entry.key());
                    if (!v.titleRank.contains(entry.key())) {
                        v.titleRank.add(entry.key());
                    }
                }
            } else if (name.equals("job titles")) {
                checkKeys(file, block, JOB_TITLE_KEYS, problems);
                words(block, "function", v.titleWords);
                words(block, "seniority", v.titleWords);
            } else if (name.equals("greetings")) {
                checkKeys(file, block, GREETING_KEYS, problems);
                words(block, "family name first", v.familyFirst);
                words(block, "middle", v.middleNames);
                phrases(block, "compound given name", v.compoundGiven);
                block.all("titles offered").forEach(e -> v.offeredTitles.addAll(ReadingVocabulary.list(e.value())));
            } else if (name.equals("people step")) {
                checkKeys(file, block, Set.of("one of a kind"), problems);
                block.all("one of a kind").forEach(e -> list(e.value()).forEach(part -> {
                    if (!PART_IDS.contains(part)) {
                        problems.add(file, e.line(), "unknown part '" + part + "'; the parts are "
                                + String.join(", ", PART_IDS));
                    }
                    v.oneOfAKind.add(part);
                }));
            } else if (name.equals("remarks")) {
                checkKeys(file, block, REMARK_KEYS, problems);
                phrases(block, "slang", v.slang);
                phrases(block, "about me", v.aboutMe);
                phrases(block, "about me first", v.aboutMeFirst);
                phrases(block, "said about me", v.saidAboutMe);
                phrases(block, "judgement", v.judgement);
                words(block, "small", v.remarkSmall);
                phrases(block, "disliked", v.disliked);
                phrases(block, "complaint", v.complaint);
                words(block, "about them", v.aboutThem);
            } else if (name.equals("names")) {
                namesSeen = true;
                checkKeys(file, block, NAME_KEYS, problems);
                words(block, "not a name", v.notAName);
                words(block, "filler", v.fillers);
                words(block, "field", v.fields);
                words(block, "after a name", v.afterName);
                words(block, "link", v.links);
                words(block, "who", v.who);
                words(block, "particle", v.particles);
                words(block, "article", v.articles);
                block.all("capital after").forEach(e -> list(e.value()).forEach(w -> v.capitalAfter.add(Phrases.norm(w))));
                block.all("no name").forEach(e -> list(e.value()).forEach(p -> v.noName.add(p, "no name")));
            } else if (name.equals("several people")) {
                checkKeys(file, block, Set.of("joiner", "question", "group"), problems);
                words(block, "joiner", v.joiners);
                words(block, "group", v.groupWords);
                String question = block.get("question");
                if (question == null || question.isBlank()) {
                    problems.add(file, block.line(), "[several people] needs a 'question:'");
                } else {
                    v.severalPeople = question.strip();
                }
            } else if (name.equals("slips")) {
                checkKeys(file, block, Set.of("edits", "shortest word", "plural ending"), problems);
                block.all("plural ending").forEach(e -> v.pluralEndings.addAll(list(e.value())));
                v.slipEdits = number(file, block, "edits", v.slipEdits, problems);
                v.slipShortest = number(file, block, "shortest word", v.slipShortest, problems);
            } else if (name.equals("commands")) {
                checkKeys(file, block, COMMAND_KEYS, problems);
                for (PlaybookFile.Entry entry : block.entries()) {
                    list(entry.value()).forEach(p -> v.commands.add(p, entry.key()));
                }
            } else {
                problems.add(file, block.line(), "unknown block [" + name
                        + "]; people.txt has [part ID], [ask WORD], [several people], [titles], [names], [commands],"
                        + " [job titles], [honorifics], [greetings], [remarks], [people step], [slips]");
            }
        }
        for (String id : PART_IDS) {
            if (!v.partLabels.containsKey(id)) {
                problems.add(file, "missing the block [part " + id + "]: every part needs its words");
            }
        }
        if (!namesSeen) {
            problems.add(file, "missing the block [names]");
        }
    }

    /** The whole number under {@code key} in {@code block}, or {@code otherwise} when it is missing or no number. */
    private static int number(String file, PlaybookFile.Block block, String key, int otherwise, Problems problems) {
        PlaybookFile.Entry entry = block.entry(key);
        if (entry == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(entry.value().strip());
        } catch (NumberFormatException e) {
            problems.add(file, entry.line(), "'" + key + ":' is a whole number, like 1");
            return otherwise;
        }
    }

    private static void phrases(PlaybookFile.Block block, String key, Phrases into) {
        block.all(key).forEach(e -> list(e.value()).forEach(p -> into.add(p, key)));
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
        v.partLabels.put(id, label == null ? id : label.strip());
        block.all("word").forEach(e -> list(e.value()).forEach(w -> v.partWords.add(w, id)));
        block.all("prefix").forEach(e -> list(e.value()).forEach(w -> v.partPrefixes.add(w, id)));
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
        v.asks.put(key, new ReadingVocabulary.Ask(question == null ? "" : question.strip(), choices));
        v.askWords.add(word, key);
    }
}
