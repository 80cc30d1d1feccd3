package rebound.plan;

import rebound.reading.ReadingVocabulary;
import rebound.reading.TopicReader;

import java.util.ArrayList;
import java.util.List;
import rebound.intake.Intake;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;
import rebound.playbook.ScriptLibrary;
import rebound.words.Words;

/**
 * Every file of a playbook, loaded and checked together: the intake, the words, the scripts, the plan,
 * and the vocabulary for reading people and topics (people.txt, topics.txt).
 */
public record PlaybookBundle(Intake intake, Words words, ScriptLibrary scripts, PlanRules rules,
                             ReadingVocabulary reading) {

    /** Loads and checks every file, returning all problems found instead of stopping at the first. */
    public static Problems check(PlaybookSource source) {
        Problems problems = new Problems();
        read(source, problems);
        return problems;
    }

    /** Loads every file or fails with every problem, each naming its file and line. */
    public static PlaybookBundle load(PlaybookSource source) {
        Problems problems = new Problems();
        PlaybookBundle bundle = read(source, problems);
        problems.throwIfAny();
        return bundle;
    }

    private static PlaybookBundle read(PlaybookSource source, Problems problems) {
        Intake intake = Intake.load(source, problems);
        PlanRules rules = PlanRules.load(source, intake, problems);
        List<String> wordKeys = new ArrayList<>(rules.noteKeys());
        Playbook.FOLLOW_UP_KINDS.forEach(kind -> wordKeys.add("reminder_" + kind));
        Playbook.OUTCOMES.forEach(outcome -> {
            wordKeys.add("outcome_" + outcome);
            wordKeys.add("choice_outcome_" + outcome);
        });
        Words words = Words.load(source, wordKeys, problems);
        ScriptLibrary scripts = ScriptLibrary.load(source, Playbook.KINDS, problems);
        ReadingVocabulary reading = ReadingVocabulary.load(source, problems);
        return new PlaybookBundle(intake, words, scripts, rules, reading);
    }

    public Playbook playbook() {
        return new Playbook(scripts, intake.step("contacts"), rules, new TopicReader(reading));
    }
}
