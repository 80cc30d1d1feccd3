package rebound.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import rebound.conversation.Draft;
import rebound.intake.Step;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.script.Script;
import rebound.script.ScriptLibrary;

/**
 * Turns a finished intake into drafts, follow-ups and guidance, and moves that plan when the member
 * reports what happened. Only the rules live here; every word the member reads is in the playbook's
 * data files (scripts/*.txt for drafts, words.txt for the guidance lines named by their keys).
 *
 * <p>The rules, from the seeds:
 * <ul>
 *   <li>Would not go back: no thank-you and no reference ask (warmth you don't feel shows); a
 *       feedback request to one person and a courteous close instead.</li>
 *   <li>Ghosted: lead with a status question to one person, nudge after about 1, 2 and 4 weeks, and
 *       draft the rest only once someone answers (nothing may claim a decision was shared).</li>
 *   <li>Otherwise one note now per person, never one note to all: a "not now" reply to the key
 *       person after "no openings", a reference ask to the people the member clicked with (those
 *       with a remembered detail, else the key person), a thank-you to everyone else the member
 *       wants to thank. A feedback request goes to one person, the hiring manager when known,
 *       after the thank-you, never instead of it.</li>
 *   <li>Staying in touch: a check-in after a month, an opportunity to pass on after two months and
 *       monthly after that, and a light note as the new hire's first three months end.</li>
 * </ul>
 */
public final class Playbook {

    /** The kinds of script this playbook writes; each has a file {@code scripts/<kind>.txt}. */
    public static final List<String> KINDS = List.of("thank_you", "feedback_request", "reference_request",
            "thanks_anyway", "referral_thanks", "not_now_reply", "status_check", "check_in", "hire_check",
            "share_opportunity", "courteous_close", "apply_again");

    /** The kinds a follow-up can propose; each needs a {@code reminder_<kind>} line in words.txt. */
    public static final List<String> FOLLOW_UP_KINDS = List.of("status_check", "check_in", "hire_check",
            "share_opportunity");

    /** What a member can report after the intake; each needs an {@code outcome_<value>} line in words.txt. */
    public static final List<String> OUTCOMES = List.of("replied", "reference", "declined", "reopened",
            "no_answer");

    /** Guidance keys in the order they are shown; a plan shows at most {@link #MOST_NOTES} of them. */
    static final List<String> NOTE_ORDER = List.of("note_not_interested", "note_ghosted", "note_not_now",
            "note_send_soon", "note_one_each", "note_feedback_rare", "note_feedback_after", "note_reference",
            "note_expectations", "note_keep_in_touch", "note_nudges", "note_close");
    static final int MOST_NOTES = 4;

    static final List<Duration> NUDGES = List.of(Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(28));
    static final Duration CHECK_IN_AFTER = Duration.ofDays(30);
    static final Duration SHARE_AFTER = Duration.ofDays(60);
    static final Duration SHARE_EVERY = Duration.ofDays(30);
    static final Duration HIRE_CHECK_AFTER = Duration.ofDays(90);
    public static final Duration SNOOZE = Duration.ofDays(7);

    /** Member text put into a draft is cut to these lengths so a draft always stays copyable. */
    static final int LONGEST_VALUE = 300;
    static final int LONGEST_NAME = 80;
    public static final int LONGEST_DRAFT = 1500;

    private static final List<String> FIRST_TO_WRITE = List.of("hiring_manager", "recruiter", "interviewer",
            "team_member");

    private final ScriptLibrary scripts;
    private final Step contactsStep;

    public Playbook(ScriptLibrary scripts, Step contactsStep) {
        this.scripts = scripts;
        this.contactsStep = contactsStep;
    }

    // ---- the plan made when the intake ends ----

    public Plan plan(Rejection rejection, Instant now) {
        List<Contact> contacts = inWritingOrder(rejection.contacts());
        Contact key = contacts.isEmpty() ? null : contacts.get(0);
        Contact manager = contacts.stream().filter(c -> c.part().equals("hiring_manager")).findFirst().orElse(key);
        Set<String> notes = new HashSet<>();
        Map<Contact, String> writeNow = new LinkedHashMap<>();
        List<FollowUp> followUps = new ArrayList<>();
        boolean feedback = false;

        if (!rejection.stillInterested()) {
            notes.add("note_not_interested");
            notes.add("note_close");
            if (key != null) {
                feedback = true;
                writeNow.put(key, "courteous_close");
            }
        } else if ("ghosted".equals(rejection.outcome())) {
            Contact to = key == null ? new Contact("", "", "") : key;
            writeNow.put(to, "status_check");
            for (Duration after : NUDGES) {
                followUps.add(followUp(rejection, followUps, "status_check", now.plus(after), to.name()));
            }
            notes.add("note_ghosted");
            notes.add("note_nudges");
        } else {
            if ("no_openings".equals(rejection.outcome()) && key != null
                    && (rejection.wants("thank") || rejection.wants("stay_in_touch"))) {
                writeNow.put(key, "not_now_reply");
                notes.add("note_not_now");
            }
            if (rejection.wants("reference")) {
                clickedWith(contacts).forEach(c -> writeNow.putIfAbsent(c, "reference_request"));
                notes.add("note_reference");
            }
            if (rejection.wants("thank")) {
                contacts.forEach(c -> writeNow.putIfAbsent(c, "thank_you"));
                notes.add("note_expectations");
            }
            feedback = rejection.wants("feedback") && manager != null;
            if (rejection.wants("stay_in_touch") && key != null) {
                followUps.add(followUp(rejection, followUps, "check_in", now.plus(CHECK_IN_AFTER), key.name()));
                followUps.add(followUp(rejection, followUps, "share_opportunity", now.plus(SHARE_AFTER),
                        key.name()));
                if ("hired_other".equals(rejection.outcome())) {
                    followUps.add(followUp(rejection, followUps, "hire_check", now.plus(HIRE_CHECK_AFTER),
                            key.name()));
                }
                notes.add("note_keep_in_touch");
            }
        }

        List<Draft> drafts = new ArrayList<>(perContact(rejection, writeNow));
        if (feedback) {
            drafts.add(render("feedback_request", first(rejection, "feedback_request"), rejection, manager));
            notes.add("note_feedback_after");
            if (List.of("applied", "screen").contains(rejection.stage())) {
                notes.add("note_feedback_rare");
            }
        }
        long people = drafts.stream().map(Draft::to).filter(to -> !to.isEmpty()).distinct().count();
        if (people > 0) {
            notes.add("note_send_soon");
        }
        if (people > 1) {
            notes.add("note_one_each");
        }
        return new Plan(drafts, followUps, chooseNotes(notes));
    }

    /** The key notes in their fixed order, at most four; at least two whenever there are two to give. */
    static List<String> chooseNotes(Set<String> wanted) {
        Set<String> all = new HashSet<>(wanted);
        if (all.size() < 2) {
            all.add(all.contains("note_expectations") ? "note_keep_in_touch" : "note_expectations");
        }
        return NOTE_ORDER.stream().filter(all::contains).limit(MOST_NOTES).toList();
    }

    /** People with a remembered detail are the ones the member clicked with; else the key person. */
    static List<Contact> clickedWith(List<Contact> ordered) {
        List<Contact> clicked = ordered.stream().filter(c -> !c.detail().isEmpty()).toList();
        return clicked.isEmpty() && !ordered.isEmpty() ? List.of(ordered.get(0)) : clicked;
    }

    private List<Draft> perContact(Rejection rejection, Map<Contact, String> kinds) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> bodiesWithoutNames = new HashSet<>();
        Map<String, Integer> turn = new HashMap<>();
        for (Map.Entry<Contact, String> entry : kinds.entrySet()) {
            Contact contact = entry.getKey();
            String kind = entry.getValue();
            List<Script.Variant> variants = scripts.script(kind).variants(rejection.tone());
            int i = turn.merge(kind, 1, Integer::sum) - 1;
            Draft draft = null;
            for (int attempt = 0; attempt < variants.size(); attempt++) {
                draft = render(kind, variants.get((i + attempt) % variants.size()), rejection, contact);
                if (bodiesWithoutNames.add(withoutName(draft.body(), contact))) {
                    break;
                }
            }
            drafts.add(draft);
        }
        return drafts;
    }

    private static FollowUp followUp(Rejection rejection, List<FollowUp> planned, String kind, Instant due,
                                     String to) {
        return FollowUp.planned(rejection.id() + "-f" + (rejection.followUps().size() + planned.size() + 1),
                kind, due, to);
    }

    // ---- what happens later ----

    /** What an outcome changed: the rejection as it is now, the drafts to offer, and what to say. */
    public record Update(Rejection rejection, List<Draft> drafts, List<FollowUp> added, List<String> notes) {
    }

    /**
     * Moves the plan after the member reported {@code outcome} about {@code to} (a contact's name, or
     * empty to let the playbook pick the person it concerns). The outcome is kept in the history.
     */
    public Update report(Rejection rejection, String outcome, String to, Instant now) {
        Contact contact = concerning(rejection, outcome, to);
        Rejection r = rejection.withHistory(new HistoryEntry(now, "outcome:" + outcome,
                contact == null ? "" : contact.name()));
        if (!outcome.equals("no_answer")) {
            r = r.withFollowUps(r.followUps().stream()
                    .map(f -> f.isPending() && f.kind().equals("status_check") ? f.stopped() : f).toList());
        }
        List<Draft> drafts = new ArrayList<>();
        List<FollowUp> added = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        switch (outcome) {
            case "replied" -> {
                if ("ghosted".equals(r.outcome()) && r.stillInterested()) {
                    Rejection answered = new Rejection(r.id(), r.createdAt(), r.company(), r.role(), r.stage(),
                            "other", true, r.contacts(), r.goals(), r.targets(), r.tone(), r.drafts(),
                            r.followUps(), r.history());
                    Plan plan = plan(answered, now);
                    drafts.addAll(plan.drafts());
                    added.addAll(plan.followUps());
                    notes.addAll(plan.notes());
                }
            }
            case "reference" -> {
                if (contact != null) {
                    drafts.add(render("referral_thanks", first(r, "referral_thanks"), r, contact));
                    boolean sharing = r.followUps().stream().anyMatch(f -> f.isPending()
                            && f.kind().equals("share_opportunity") && f.to().equals(contact.name()));
                    if (!sharing) {
                        added.add(followUp(r, added, "share_opportunity", now.plus(SHARE_EVERY), contact.name()));
                    }
                }
            }
            case "declined" -> {
                if (contact != null) {
                    drafts.add(render("thanks_anyway", first(r, "thanks_anyway"), r, contact));
                }
            }
            case "reopened" -> {
                if (contact != null) {
                    drafts.add(render("apply_again", first(r, "apply_again"), r, contact));
                }
            }
            default -> {
            }
        }
        List<FollowUp> all = new ArrayList<>(r.followUps());
        all.addAll(added);
        List<Draft> kept = new ArrayList<>(r.drafts());
        kept.addAll(drafts);
        return new Update(r.withPlan(kept, all), drafts, added, notes);
    }

    /** The person an outcome is about: the one named, else whoever was asked for a reference, else the key person. */
    Contact concerning(Rejection rejection, String outcome, String to) {
        List<Contact> contacts = inWritingOrder(rejection.contacts());
        if (to != null && !to.isEmpty()) {
            for (Contact c : contacts) {
                if (c.name().equals(to)) {
                    return c;
                }
            }
        }
        if (outcome.equals("reference") || outcome.equals("declined")) {
            for (Draft draft : rejection.drafts()) {
                if (draft.kind().equals("reference_request")) {
                    for (Contact c : contacts) {
                        if (c.name().equals(draft.to())) {
                            return c;
                        }
                    }
                }
            }
        }
        return contacts.isEmpty() ? null : contacts.get(0);
    }

    /** After a follow-up was delivered: a monthly one plans its next time, while the member wants it. */
    public Rejection afterDelivery(Rejection rejection, FollowUp delivered, Instant now) {
        if (!delivered.kind().equals("share_opportunity")) {
            return rejection;
        }
        List<FollowUp> more = new ArrayList<>(rejection.followUps());
        more.add(followUp(rejection, List.of(), "share_opportunity", now.plus(SHARE_EVERY), delivered.to()));
        return rejection.withFollowUps(more);
    }

    /** The draft a follow-up proposes when it comes due: a kind's last variant reads as the later note. */
    public Draft draftFor(Rejection rejection, FollowUp followUp) {
        Contact contact = rejection.contacts().stream().filter(c -> c.name().equals(followUp.to())).findFirst()
                .orElse(new Contact(followUp.to(), "", ""));
        List<Script.Variant> variants = scripts.script(followUp.kind()).variants(rejection.tone());
        return render(followUp.kind(), variants.get(variants.size() - 1), rejection, contact);
    }

    /** One kind rendered for one person, in the rejection's tone (first variant). */
    public Draft draft(String kind, Rejection rejection, Contact contact) {
        return render(kind, first(rejection, kind), rejection, contact);
    }

    private Script.Variant first(Rejection rejection, String kind) {
        return scripts.script(kind).variants(rejection.tone()).get(0);
    }

    private Draft render(String kind, Script.Variant variant, Rejection rejection, Contact contact) {
        Map<String, String> values = variables(rejection, contact);
        return new Draft(kind, contact.name(), partLabel(contact.part()), cut(variant.subject().render(values), 200),
                cut(variant.body().render(values), LONGEST_DRAFT));
    }

    private Map<String, String> variables(Rejection rejection, Contact contact) {
        Map<String, String> values = new HashMap<>();
        values.put("company", cut(rejection.company(), LONGEST_NAME * 2));
        values.put("role", cut(rejection.role(), LONGEST_NAME * 2));
        values.put("stage", rejection.stage());
        values.put("outcome", rejection.outcome());
        values.put("targets", cut(rejection.targets(), LONGEST_VALUE));
        values.put("name", cut(contact.name(), LONGEST_NAME));
        values.put("first_name", cut(contact.firstName(), LONGEST_NAME));
        values.put("part", contact.part());
        values.put("part_label", partLabel(contact.part()));
        values.put("detail", cut(contact.detail(), LONGEST_VALUE));
        values.put("referrer", cut(contact.name(), LONGEST_NAME));
        values.put("others", cut(rejection.contacts().stream().map(Contact::name)
                .filter(name -> !name.equals(contact.name())).reduce((a, b) -> a + ", " + b).orElse(""),
                LONGEST_VALUE));
        return values;
    }

    /** Cuts text to at most {@code most} characters, never inside a surrogate pair, marking the cut. */
    public static String cut(String text, int most) {
        if (text == null || text.length() <= most) {
            return text == null ? "" : text;
        }
        int end = most - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    private String partLabel(String part) {
        return part.isEmpty() ? "" : contactsStep.labelOf(part).toLowerCase(Locale.ROOT);
    }

    private static String withoutName(String body, Contact contact) {
        String text = body;
        if (!contact.name().isBlank()) {
            text = text.replace(contact.name(), "\u0000");
        }
        if (!contact.firstName().isBlank()) {
            text = text.replace(contact.firstName(), "\u0000");
        }
        return text;
    }

    static List<Contact> inWritingOrder(List<Contact> contacts) {
        List<Contact> ordered = new ArrayList<>(contacts);
        ordered.sort(Comparator.comparingInt(c -> {
            int rank = FIRST_TO_WRITE.indexOf(c.part());
            return rank < 0 ? FIRST_TO_WRITE.size() : rank;
        }));
        return ordered;
    }
}
