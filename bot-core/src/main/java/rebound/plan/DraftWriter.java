package rebound.plan;

import static rebound.frontdoor.Texts.cut;
import static rebound.plan.Playbook.LONGEST_DRAFT;
import static rebound.plan.Playbook.LONGEST_NAME;
import static rebound.plan.Playbook.LONGEST_VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rebound.frontdoor.Draft;
import rebound.intake.Step;
import rebound.playbook.Script;
import rebound.playbook.ScriptLibrary;
import rebound.reading.Audience;
import rebound.reading.Topic;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/** Renders scripts into drafts: the variables of one rejection and one person, cut so a draft stays copyable. */
final class DraftWriter {

    private static final String STATUS_CHECK = "status_check";
    /** Colleagues who get a note of one kind this close together may compare them: they read unalike. */
    static final java.time.Duration COLLEAGUES_COMPARE = java.time.Duration.ofDays(14);

    /** How many further combinations a note may try to differ from the others in its plan. */
    private static final int UNIQUE_TRIES = 24;

    private final ScriptLibrary scripts;
    private final Step contactsStep;
    private final TopicReader topics;
    /** The most characters a kind's body may have (plan.txt: longest), for a LinkedIn note. */
    private final Map<String, Integer> longest;

    DraftWriter(ScriptLibrary scripts, Step contactsStep, TopicReader topics, Map<String, Integer> longest) {
        this.scripts = scripts;
        this.contactsStep = contactsStep;
        this.topics = topics;
        this.longest = Map.copyOf(longest);
    }

    /**
     * One draft per person: each person who gets a kind gets the next combination of the tone's variants
     * and the script's {@code [pick]} wordings, so no two read alike apart from names (seed 004).
     */
    List<Draft> perContact(Rejection rejection, List<Map.Entry<Contact, String>> kinds) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> bodiesWithoutNames = new HashSet<>();
        Map<String, Integer> turn = new HashMap<>();
        for (Map.Entry<Contact, String> entry : kinds) {
            Contact contact = entry.getKey();
            String kind = entry.getValue();
            int choice = turn.merge(kind, 1, Integer::sum) - 1;
            Draft draft = render(kind, rejection, contact, choice);
            // a person whose topic or part removes the pieces that differed may still match an earlier
            // note: try the next combinations of variant and wordings
            for (int more = 1; more <= UNIQUE_TRIES && !bodiesWithoutNames.add(withoutName(draft.body(), contact));
                 more++) {
                draft = render(kind, rejection, contact, choice + more);
            }
            drafts.add(draft);
        }
        return drafts;
    }

    /**
     * The draft a follow-up proposes when it comes due. Each note of a kind to one person reads
     * differently from the ones before it (a second nudge is not the first one again), and colleagues
     * asked the same day or already written to each get another: the choice counts the drafts of that
     * kind already made (for them or a colleague), the follow-ups of that kind that came due before this one, and the ones to others due at
     * the same time and listed before it.
     */
    Draft draftFor(Rejection rejection, FollowUp followUp) {
        Contact contact = rejection.contacts().stream().filter(c -> c.name().equals(followUp.to())).findFirst()
                .orElse(followUp.to().isEmpty() ? Playbook.TEAM : new Contact(followUp.to(), "", ""));
        long before = rejection.drafts().stream().filter(d -> d.kind().equals(followUp.kind())).count()
                + rejection.followUps().stream().filter(f -> !f.id().equals(followUp.id())
                        && f.kind().equals(followUp.kind()) && f.to().equals(followUp.to())
                        && f.due().isBefore(followUp.due())).count()
                + rejection.followUps().stream().takeWhile(f -> !f.id().equals(followUp.id()))
                        .filter(f -> f.kind().equals(followUp.kind()) && !f.to().equals(followUp.to())
                                && f.due().equals(followUp.due())).count()
                // a colleague's of the same kind a few days earlier (the light touch moved one: issue 21)
                + rejection.followUps().stream().filter(f -> f.kind().equals(followUp.kind())
                        && !f.to().equals(followUp.to()) && f.due().isBefore(followUp.due())
                        && f.due().plus(COLLEAGUES_COMPARE).isAfter(followUp.due())).count();
        return render(followUp.kind(), rejection, contact, (int) before);
    }

    /** One kind rendered for one person, in the rejection's tone (first variant). */
    Draft draft(String kind, Rejection rejection, Contact contact) {
        return render(kind, first(rejection, kind), rejection, contact);
    }

    private Script.Variant first(Rejection rejection, String kind) {
        return scripts.script(kind).variants(rejection.tone()).get(0);
    }

    private Draft render(String kind, Script.Variant variant, Rejection rejection, Contact contact) {
        return render(kind, variant, rejection, contact, 0);
    }

    /**
     * The {@code choice}-th note of a kind (0 for the first person who gets it): the tone's variants
     * take turns, and past them the wordings of the script's {@code [pick]}s change.
     */
    private Draft render(String kind, Rejection rejection, Contact contact, int choice) {
        List<Script.Variant> variants = scripts.script(kind).variants(rejection.tone());
        return render(kind, variants.get(choice % variants.size()), rejection, contact, choice / variants.size());
    }

    private Draft render(String kind, Script.Variant variant, Rejection rejection, Contact contact, int picks) {
        Map<String, String> values = variables(rejection, contact);
        int most = longest.getOrDefault(kind, LONGEST_DRAFT);
        String body = variant.body().render(values, picks);
        // too long for where it is pasted (a LinkedIn note): first without the topic, then without the role
        for (String left : List.of("detail", "role")) {
            if (body.length() > most) {
                values.put(left, "");
                body = variant.body().render(values, picks);
            }
        }
        // a note to someone the member has not met goes to no one named; the rule's person sent them. A person
        // whose name the member did not catch keeps their part, so the heading still says whom it is for
        boolean someoneNew = Playbook.TO_SOMEONE_NEW.contains(kind);
        String to = someoneNew ? "" : contact.name();
        return new Draft(kind, to, someoneNew ? "" : partLabel(contact.part()),
                cut(variant.subject().render(values, picks), 200), cut(body, most));
    }

    private Map<String, String> variables(Rejection rejection, Contact contact) {
        Map<String, String> values = new HashMap<>();
        values.put("company", cut(rejection.company(), LONGEST_NAME * 2));
        values.put("role", cut(rejection.role(), LONGEST_NAME * 2));
        values.put("stage", rejection.stage());
        values.put("outcome", rejection.outcome());
        values.put("still_interested", rejection.stillInterested() ? "yes" : "no");
        // status questions were planned: the answer came only after a silence, so no praise for keeping in touch
        values.put("after_silence", rejection.followUps().stream().anyMatch(f -> f.kind().equals(STATUS_CHECK))
                ? "yes" : "");
        // only a clean list of names fills the slot: "any fintech really" leaves the sentence out (issue 18)
        values.put("targets", cut(Wording.names(referredTo(rejection, contact).orElse(rejection.targets()))
                .orElse(""), LONGEST_VALUE));
        values.put("company_possessive", cut(Wording.possessive(rejection.company()), LONGEST_NAME * 2 + 2));
        values.put("name", cut(contact.name(), LONGEST_NAME));
        values.put("first_name", cut(contact.firstName(), LONGEST_NAME));
        values.put("formal_name", cut(contact.formalName(), LONGEST_NAME));
        // a person the member met, even one whose name they didn't catch ("someone from HR": greeted
        // without a name); empty for the hiring team, written to when nobody was named
        boolean person = contact != Playbook.TEAM && (contact.named() || !contact.part().isEmpty());
        values.put("named", person ? "yes" : "");
        // the hiring team, written to when nobody was named, sent the e-mail with the news (unless silence)
        boolean teamTold = contact == Playbook.TEAM && !"ghosted".equals(rejection.outcome());
        values.put("told", contact.toldTheNews() || teamTold ? "yes" : "");
        values.put("spoke", person && contact.spokeWith(rejection.stage()) ? "yes" : "");
        values.put("clicked", contact.clickedWith() ? "yes" : "");
        values.put("in_touch", keepsInTouch(rejection, contact) ? "yes" : "");
        values.put("part", contact.part());
        values.put("part_label", partLabel(contact.part()));
        values.put("detail", cut(topic(contact), LONGEST_VALUE));
        values.put("referrer", cut(contact.name(), LONGEST_NAME));
        values.put("others", cut(rejection.contacts().stream().map(Contact::name)
                .filter(name -> !name.equals(contact.name())).reduce((a, b) -> a + ", " + b).orElse(""),
                LONGEST_VALUE));
        return values;
    }

    /**
     * Whether a note may offer this reader more contact (a LinkedIn invitation, twenty minutes on their
     * field): only when the member marked them as someone they clicked with, or wants to stay in touch
     * and remembers them (issue 18: never a promise the member did not ask for; seed 004). As for the
     * plan's "clicked" (PlanWork), a recruiter met only for an application or a first screen counts only
     * when marked.
     */
    static boolean keepsInTouch(Rejection rejection, Contact contact) {
        boolean early = "applied".equals(rejection.stage()) || "screen".equals(rejection.stage());
        boolean marked = Boolean.TRUE.equals(contact.clicked());
        return contact.named() && (marked || rejection.wants("stay_in_touch") && contact.clickedWith()
                && !(early && contact.is("recruiter")));
    }

    /** The company this person's latest referral is for, when the member said (issue 12: "for which company"). */
    private static Optional<String> referredTo(Rejection rejection, Contact contact) {
        for (int i = rejection.history().size() - 1; i >= 0; i--) {
            HistoryEntry entry = rejection.history().get(i);
            if (entry.told("reference") && entry.to().equals(contact.name()) && contact.named()) {
                return Optional.of(entry.detail() == null ? "" : entry.detail());
            }
        }
        return Optional.empty();
    }

    /**
     * What the member remembers about this reader, written to them ("her move" becomes "your move"), to
     * fit "our conversation about ___"; a whole clause fits as "how you asked about ..."; words that
     * cannot be made a topic, or no topic at all, leave it out (issue 12).
     */
    private String topic(Contact contact) {
        Topic topic = topics.read(contact.detail(), Audience.to(contact.firstName(), ""));
        return topic.isPhrase() ? topic.text() : topic.isClause() ? "how " + topic.text() : "";
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

}
