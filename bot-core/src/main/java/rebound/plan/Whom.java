package rebound.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whom a rule of plan.txt writes to or reminds about ({@code write: kind to WHOM}), read once from its
 * phrase when the playbook is loaded ({@link PlanFileReader}); {@link PlanWork#whom} picks the people by
 * it. The phrases are plan.txt's own words, written there exactly as here (plan.txt's header says what
 * each means); a phrase not here is a playbook problem with its file and line (issue 19: the plan's
 * "whom" was a {@code switch} on these phrases each time a plan was made).
 */
enum Whom {
    /** The first person in the writing order. */
    KEY("key"),
    /** The hiring manager, else the key person. */
    MANAGER("manager"),
    /** The hiring manager, else the key person, else the hiring team unnamed. */
    MANAGER_OR_TEAM("manager or team"),
    /** The people the member clicked with ({@link PlanWork#clickedWith}). */
    CLICKED("clicked"),
    /** The key person, when {@link #CLICKED} names them. */
    KEY_IF_CLICKED("key if clicked"),
    /** Every person the member named. */
    EVERYONE("everyone"),
    /** The key person, else the hiring team unnamed. */
    KEY_OR_TEAM("key or team"),
    /** The people a note may offer more contact ({@link DraftWriter#keepsInTouch}). */
    IN_TOUCH("in touch"),
    /** Every person the member named, else the hiring team unnamed. */
    EVERYONE_OR_TEAM("everyone or team"),
    /** The recruiter (who runs the process: status questions), else the key person, else the team. */
    RECRUITER_OR_KEY_OR_TEAM("recruiter or key or team"),
    /** The person a reported outcome is about: only in rules {@code on:} an outcome. */
    THEM("them");

    /** The phrase as plan.txt writes it. */
    final String phrase;

    Whom(String phrase) {
        this.phrase = phrase;
    }

    /** The recipient plan.txt names by {@code phrase} (as written, surrounding spaces aside), or empty. */
    static Optional<Whom> read(String phrase) {
        String wanted = phrase.strip();
        return Arrays.stream(values()).filter(w -> w.phrase.equals(wanted)).findFirst();
    }

    /** Every phrase plan.txt may use, in this order (the one a problem lists). */
    static List<String> phrases() {
        return Arrays.stream(values()).map(w -> w.phrase).toList();
    }
}
