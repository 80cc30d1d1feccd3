package rebound.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.conversation.Draft;
import rebound.intake.Step;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.script.Script;
import rebound.script.ScriptLibrary;

/**
 * Turns a finished intake into drafts and follow-ups. The rules follow the seeds: one separate,
 * personal thank-you to each person met, only when the member would still want to work there; then
 * a check-in about a month later and, when someone else was hired, a light touch around the end of
 * that person's first three months.
 */
public final class Playbook {

    /** The kinds of script this playbook writes; each has a file {@code scripts/<kind>.txt}. */
    public static final List<String> KINDS = List.of("thank_you", "check_in", "hire_check");

    /** The kinds a follow-up can propose; each needs a {@code reminder_<kind>} line in words.txt. */
    public static final List<String> FOLLOW_UP_KINDS = List.of("check_in", "hire_check");

    static final Duration CHECK_IN_AFTER = Duration.ofDays(30);
    static final Duration HIRE_CHECK_AFTER = Duration.ofDays(90);

    private static final List<String> FIRST_TO_WRITE = List.of("hiring_manager", "recruiter", "interviewer",
            "team_member");

    private final ScriptLibrary scripts;
    private final Step contactsStep;

    public Playbook(ScriptLibrary scripts, Step contactsStep) {
        this.scripts = scripts;
        this.contactsStep = contactsStep;
    }

    public Plan plan(Rejection rejection, Instant now) {
        List<Draft> drafts = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!rejection.stillInterested()) {
            notes.add("note_not_interested");
            return new Plan(drafts, followUps, notes);
        }
        List<Contact> contacts = inWritingOrder(rejection.contacts());
        if (rejection.wants("thank") && !contacts.isEmpty()) {
            drafts.addAll(thankYous(rejection, contacts));
            notes.add("note_send_soon");
            notes.add("note_one_each");
            notes.add("note_expectations");
        }
        Contact keyContact = contacts.isEmpty() ? null : contacts.get(0);
        String to = keyContact == null ? "" : keyContact.name();
        int n = 0;
        if (rejection.wants("stay_in_touch") || rejection.wants("thank")) {
            followUps.add(FollowUp.planned(rejection.id() + "-f" + (++n), "check_in", now.plus(CHECK_IN_AFTER), to));
            notes.add("note_keep_in_touch");
        }
        if ("hired_other".equals(rejection.outcome())) {
            followUps.add(FollowUp.planned(rejection.id() + "-f" + (++n), "hire_check",
                    now.plus(HIRE_CHECK_AFTER), to));
        }
        return new Plan(drafts, followUps, notes);
    }

    private List<Draft> thankYous(Rejection rejection, List<Contact> contacts) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> bodiesWithoutNames = new HashSet<>();
        List<Script.Variant> variants = scripts.script("thank_you").variants(rejection.tone());
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            Draft draft = null;
            for (int attempt = 0; attempt < variants.size(); attempt++) {
                draft = render("thank_you", variants.get((i + attempt) % variants.size()), rejection, contact);
                if (bodiesWithoutNames.add(withoutName(draft.body(), contact))) {
                    break;
                }
            }
            drafts.add(draft);
        }
        return drafts;
    }

    /** The draft a follow-up proposes when it comes due. */
    public Draft draftFor(Rejection rejection, FollowUp followUp) {
        Contact contact = rejection.contacts().stream().filter(c -> c.name().equals(followUp.to())).findFirst()
                .orElse(new Contact(followUp.to(), "", ""));
        List<Script.Variant> variants = scripts.script(followUp.kind()).variants(rejection.tone());
        return render(followUp.kind(), variants.get(0), rejection, contact);
    }

    private Draft render(String kind, Script.Variant variant, Rejection rejection, Contact contact) {
        Map<String, String> values = variables(rejection, contact);
        return new Draft(kind, contact.name(), partLabel(contact.part()), variant.subject().render(values),
                variant.body().render(values));
    }

    private Map<String, String> variables(Rejection rejection, Contact contact) {
        Map<String, String> values = new HashMap<>();
        values.put("company", rejection.company());
        values.put("role", rejection.role());
        values.put("stage", rejection.stage());
        values.put("outcome", rejection.outcome());
        values.put("targets", rejection.targets());
        values.put("name", contact.name());
        values.put("first_name", contact.firstName());
        values.put("part", contact.part());
        values.put("part_label", partLabel(contact.part()));
        values.put("detail", contact.detail());
        values.put("referrer", contact.name());
        values.put("others", rejection.contacts().stream().map(Contact::name)
                .filter(name -> !name.equals(contact.name())).reduce((a, b) -> a + ", " + b).orElse(""));
        return values;
    }

    private String partLabel(String part) {
        return part.isEmpty() ? "" : contactsStep.labelOf(part).toLowerCase(java.util.Locale.ROOT);
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
