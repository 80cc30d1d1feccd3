package rebound.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/**
 * The plan being built by the rules of plan.txt ({@link PlanRules}), one rule at a time, for one
 * rejection at one moment: the facts a rule's condition reads, the people a rule names ("key",
 * "manager or team", "clicked", ...), the one note per person written now and the ones proposed
 * after, and the follow-ups, dated by the light touch of plan.txt ({@link LightTouch}: three days
 * apart, one ask at a time, a few follow-ups a month to one person at most).
 */
final class PlanWork {

    /** A kind for a person, proposed after the one-note-per-person drafts. */
    record Later(String kind, Contact to) {
    }

    final PlanRules rules;
    final Rejection rejection;
    final Instant now;
    final List<Contact> contacts;
    final Map<Contact, String> writeNow = new LinkedHashMap<>();
    final List<Later> writeAfter = new ArrayList<>();
    final List<FollowUp> followUps = new ArrayList<>();
    final Set<String> notes = new LinkedHashSet<>();

    /** Nothing planned yet for {@code rejection} at {@code now}, its people in the writing order of {@code rules}. */
    PlanWork(PlanRules rules, Rejection rejection, Instant now) {
        this.rules = rules;
        this.rejection = rejection;
        this.now = now;
        this.contacts = inWritingOrder(rules, rejection.contacts());
    }

    /**
     * The plan made when the intake ends: every {@code PLAN} rule applied in turn, one draft per
     * person written by {@code writer}, then the later ones, and the notes chosen.
     */
    static Plan plan(PlanRules rules, DraftWriter writer, Rejection rejection, Instant now) {
        PlanWork work = new PlanWork(rules, rejection, now);
        for (PlanRules.Rule rule : rules.on(PlanRules.PLAN)) {
            work.apply(rule, null);
        }
        List<Draft> drafts = new ArrayList<>(writer.perContact(rejection, new ArrayList<>(work.writeNow.entrySet())));
        // the notes proposed after take turns too: a LinkedIn note to each person reads as their own
        drafts.addAll(writer.perContact(rejection, work.writeAfter.stream()
                .map(w -> Map.entry(w.to(), w.kind())).toList()));
        return new Plan(drafts, work.followUps, chooseNotes(rules, work.notes));
    }

    /** Applies {@code rule} when its condition holds; {@code them} is the person an outcome is about, or null. */
    void apply(PlanRules.Rule rule, Contact them) {
        if (!rule.holds(facts())) {
            return;
        }
        // a rule's notes explain what it did: they show only when it wrote or reminded something (a person
        // already written to by an earlier rule keeps that note, and this rule did nothing for them)
        boolean found = false;
        for (PlanRules.Send send : rule.write()) {
            for (Contact c : whom(send.whom(), them)) {
                found |= writeNow.putIfAbsent(c, send.kind()) == null;
            }
        }
        for (PlanRules.Send send : rule.writeAfter()) {
            for (Contact c : whom(send.whom(), them)) {
                writeAfter.add(new Later(send.kind(), c));
                found = true;
            }
        }
        for (PlanRules.Send send : rule.remind()) {
            for (Contact c : whom(send.whom(), them)) {
                found = true;
                List<FollowUp> pending = new ArrayList<>(followUps);
                rejection.followUps().stream().filter(FollowUp::isPending).forEach(pending::add);
                boolean already = pending.stream().anyMatch(f -> f.kind().equals(send.kind())
                        && f.to().equals(c.name()) && Math.abs(Duration.between(f.due(), now.plus(send.after()))
                        .toDays()) < LightTouch.APART.toDays() * 2);
                if (!already) {
                    Instant due = rules.touch.date(rejection, followUps, askedNow(), now, send.kind(), c.name(),
                            now.plus(send.after()), null);
                    followUps.add(followUp(rejection, followUps, send.kind(), due, c.name())
                            .answering(them == null ? null : them.name()));
                }
            }
        }
        if (found || !rule.hasActions()) {
            notes.addAll(rule.notes());
        }
    }

    /** The people asked something (plan.txt: one ask at a time) in the notes written now. */
    List<String> askedNow() {
        List<String> asked = new ArrayList<>();
        writeNow.forEach((c, kind) -> {
            if (rules.touch.asks().contains(kind)) {
                asked.add(c.name());
            }
        });
        writeAfter.stream().filter(w -> rules.touch.asks().contains(w.kind())).forEach(w -> asked.add(w.to().name()));
        return asked;
    }

    /** The intake's answers, and what the rules so far have proposed. */
    Map<String, String> facts() {
        Map<String, String> facts = new HashMap<>();
        facts.put("stage", rejection.stage());
        facts.put("outcome", rejection.outcome());
        facts.put("still_interested", rejection.stillInterested() ? "yes" : "no");
        facts.put("goals", String.join(",", rejection.goals()));
        facts.put("tone", rejection.tone());
        Set<String> people = new HashSet<>();
        List<String> kinds = new ArrayList<>(writeNow.values());
        writeNow.keySet().forEach(c -> people.add(c.name()));
        writeAfter.forEach(w -> {
            people.add(w.to().name());
            kinds.add(w.kind());
        });
        people.remove("");
        facts.put("people", people.isEmpty() ? "none" : people.size() == 1 ? "one" : "several");
        int met = rejection.contacts().size();
        facts.put("met", met == 0 ? "none" : met == 1 ? "one" : "several");
        int clicked = clickedWith(contacts, rejection.stage()).size();
        facts.put("clicked", clicked == 0 ? "none" : clicked == 1 ? "one" : "several");
        facts.put("proposed", String.join(",", kinds));
        // the most asks (plan.txt: one ask at a time) to one person in this plan, written now or later
        Map<String, Integer> asks = new HashMap<>();
        askedNow().forEach(to -> asks.merge(to, 1, Integer::sum));
        followUps.stream().filter(f -> rules.touch.asks().contains(f.kind())).forEach(f -> asks.merge(f.to(), 1, Integer::sum));
        int most = asks.values().stream().max(Integer::compare).orElse(0);
        facts.put("asks", most == 0 ? "none" : most == 1 ? "one" : "several");
        // the outcomes told before the one being reported (the last entry is that one)
        List<String> earlier = new ArrayList<>();
        List<HistoryEntry> history = rejection.history();
        for (int i = 0; i < history.size() - 1; i++) {
            if (history.get(i).is(HistoryEntry.Type.OUTCOME)) {
                earlier.add(history.get(i).value());
            }
        }
        facts.put("earlier", String.join(",", earlier));
        // the outcome being reported is a referral for a company the member named: someone to write to
        HistoryEntry told = history.isEmpty() ? null : history.get(history.size() - 1);
        facts.put("referred_to", told != null && told.told("reference") && told.detail() != null
                && !told.detail().isBlank() ? "yes" : "no");
        return facts;
    }

    /**
     * The people {@code whom} names in this rejection, in writing order; {@code them} is the person an
     * outcome is about (null: none). "Team" is {@link Playbook#TEAM}, the hiring team unnamed.
     */
    List<Contact> whom(Whom whom, Contact them) {
        Contact key = contacts.isEmpty() ? null : contacts.get(0);
        Contact keyOrTeam = key == null ? Playbook.TEAM : key;
        return switch (whom) {
            case KEY -> key == null ? List.of() : List.of(key);
            case KEY_OR_TEAM -> List.of(keyOrTeam);
            case EVERYONE_OR_TEAM -> contacts.isEmpty() ? List.of(Playbook.TEAM) : contacts;
            case RECRUITER_OR_KEY_OR_TEAM -> List.of(contacts.stream().filter(c -> c.is("recruiter")).findFirst()
                    .orElse(keyOrTeam));
            case MANAGER_OR_TEAM -> List.of(contacts.stream().filter(c -> c.is("hiring_manager")).findFirst()
                    .orElse(keyOrTeam));
            case MANAGER -> contacts.stream().filter(c -> c.part().equals("hiring_manager")).findFirst()
                    .or(() -> Optional.ofNullable(key)).stream().toList();
            case CLICKED -> clickedWith(contacts, rejection.stage());
            case KEY_IF_CLICKED -> clickedWith(contacts, rejection.stage()).stream().filter(c -> c.equals(key))
                    .toList();
            case EVERYONE -> contacts;
            case IN_TOUCH -> contacts.stream().filter(c -> DraftWriter.keepsInTouch(rejection, c)).toList();
            case THEM -> them == null ? List.of() : List.of(them);
        };
    }

    /** The notes in the playbook's order, filled up to the fewest and cut to the most. */
    static List<String> chooseNotes(PlanRules rules, Set<String> wanted) {
        Set<String> all = new HashSet<>(wanted);
        for (String more : rules.fillUp) {
            if (all.size() >= rules.fewestNotes) {
                break;
            }
            all.add(more);
        }
        return rules.noteOrder.stream().filter(all::contains).limit(rules.mostNotes).toList();
    }

    /**
     * The people the member clicked with, in writing order so the hiring manager comes first (seed 000):
     * those marked so, or, where the member was not asked, remembered for something they talked about.
     * Never someone whose name the member did not catch, never someone the member's own remark said they
     * did not like (issue 18) and never a recruiter met only for an application or a first screen, unless
     * the member marked them. When the member was never asked
     * (one person met) and remembers no topic, the key person stands for them; when the member said
     * whom they clicked with and nobody fits, nobody does (issue 13: asks only to people they clicked with).
     */
    static List<Contact> clickedWith(List<Contact> ordered, String stage) {
        boolean early = "applied".equals(stage) || "screen".equals(stage);
        List<Contact> askable = ordered.stream().filter(Contact::named)
                .filter(c -> !(early && c.is("recruiter") && !Boolean.TRUE.equals(c.clicked())))
                .filter(c -> !c.disliked() || Boolean.TRUE.equals(c.clicked())).toList();
        List<Contact> clicked = askable.stream().filter(Contact::clickedWith).toList();
        boolean asked = ordered.stream().anyMatch(c -> c.clicked() != null);
        if (!clicked.isEmpty() || asked || askable.isEmpty()) {
            return clicked;
        }
        return List.of(askable.get(0));
    }

    /** A planned follow-up numbered after those the rejection has and those {@code planned} so far. */
    static FollowUp followUp(Rejection rejection, List<FollowUp> planned, String kind, Instant due, String to) {
        return FollowUp.planned(rejection.id() + "-f" + (rejection.followUps().size() + planned.size() + 1),
                kind, due, to);
    }

    /** The people in the playbook's writing order (plan.txt), the first being the key person. */
    static List<Contact> inWritingOrder(PlanRules rules, List<Contact> contacts) {
        List<String> order = rules.writingOrder;
        List<Contact> ordered = new ArrayList<>(contacts);
        ordered.sort(Comparator.comparingInt(c -> {
            int rank = order.indexOf(c.part());
            return rank < 0 ? order.size() : rank;
        }));
        return ordered;
    }
}
