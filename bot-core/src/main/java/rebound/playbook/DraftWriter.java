package rebound.playbook;

import static rebound.playbook.Playbook.LONGEST_DRAFT;
import static rebound.playbook.Playbook.LONGEST_NAME;
import static rebound.playbook.Playbook.LONGEST_VALUE;
import static rebound.playbook.Playbook.cut;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import rebound.intake.Step;
import rebound.rejection.Contact;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.script.Script;
import rebound.script.ScriptLibrary;

/** Renders scripts into drafts: the variables of one rejection and one person, cut so a draft stays copyable. */
final class DraftWriter {

    private static final String STATUS_CHECK = "status_check";

    private final ScriptLibrary scripts;
    private final Step contactsStep;

    DraftWriter(ScriptLibrary scripts, Step contactsStep) {
        this.scripts = scripts;
        this.contactsStep = contactsStep;
    }

    /** One draft per person, each a different variant where the tone has several, so no two read alike. */
    List<Draft> perContact(Rejection rejection, Map<Contact, String> kinds) {
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

    /** The draft a follow-up proposes when it comes due: a kind's last variant reads as the later note. */
    Draft draftFor(Rejection rejection, FollowUp followUp) {
        Contact contact = rejection.contacts().stream().filter(c -> c.name().equals(followUp.to())).findFirst()
                .orElse(new Contact(followUp.to(), "", ""));
        List<Script.Variant> variants = scripts.script(followUp.kind()).variants(rejection.tone());
        return render(followUp.kind(), variants.get(variants.size() - 1), rejection, contact);
    }

    /** One kind rendered for one person, in the rejection's tone (first variant). */
    Draft draft(String kind, Rejection rejection, Contact contact) {
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
        values.put("still_interested", rejection.stillInterested() ? "yes" : "no");
        // status questions were planned: the answer came only after a silence, so no praise for keeping in touch
        values.put("after_silence", rejection.followUps().stream().anyMatch(f -> f.kind().equals(STATUS_CHECK))
                ? "yes" : "");
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
