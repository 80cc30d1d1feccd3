package rebound.playbook;

import rebound.reading.TopicReader;

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
import rebound.intake.Step;
import rebound.rejection.Contact;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.script.ScriptLibrary;

/**
 * Turns a finished intake into drafts, follow-ups and guidance, and moves that plan when the member
 * reports what happened. The rules are data too: the playbook's {@code plan.txt} says which kind goes to
 * whom and when (read by {@link PlanRules}); every word the member reads is in scripts/*.txt and
 * words.txt. This class only carries the rules out: it finds the people a rule names, renders one
 * unique draft per person, and dates the follow-ups.
 */
public final class Playbook {

    /** The kinds of script this playbook writes; each has a file {@code scripts/<kind>.txt}. */
    public static final List<String> KINDS = List.of("thank_you", "feedback_request", "reference_request",
            "thanks_anyway", "referral_thanks", "not_now_reply", "status_check", "check_in", "hire_check",
            "share_opportunity", "courteous_close", "apply_again", "report_back", "feedback_thanks",
            "invitation_reply");

    /** The kinds a follow-up can propose; each needs a {@code reminder_<kind>} line in words.txt. */
    public static final List<String> FOLLOW_UP_KINDS = List.of("status_check", "check_in", "hire_check",
            "share_opportunity", "reference_request", "feedback_request", "report_back");

    /** Two follow-ups to one person closer than this are one too many: the later one moves. */
    static final Duration APART = Duration.ofDays(3);
    /** How far such a follow-up moves. */
    static final Duration MOVE_BY = Duration.ofDays(7);

    /**
     * What a member can report after the intake; each needs {@code outcome_<value>} and
     * {@code choice_outcome_<value>} lines in words.txt. The first five keep their places (members type
     * their numbers); {@code replied} says only that someone answered, so the bot then asks what they said
     * (issue 12: a reply after silence may be an invitation, not a no).
     */
    public static final List<String> OUTCOMES = List.of("replied", "reference", "declined", "reopened",
            "no_answer", "final_no", "feedback", "invited", "offer", "new_job");

    /** What someone said, asked after {@code replied}: each outcome here is about the person who answered. */
    public static final List<String> SAID = List.of("final_no", "feedback", "invited", "offer", "reference",
            "declined", "reopened");

    /** Outcomes about one person (or the hiring team), for which the member is asked who answered. */
    public static final List<String> ABOUT_SOMEONE = List.of("replied", "final_no", "feedback", "invited",
            "offer", "reference", "declined");

    /** Outcomes only a person can give (a reference, a no to helping): the hiring team is not offered. */
    public static final List<String> ONLY_A_PERSON = List.of("reference", "declined");


    /** Member text put into a draft is cut to these lengths so a draft always stays copyable. */
    static final int LONGEST_VALUE = 300;
    static final int LONGEST_NAME = 80;
    public static final int LONGEST_DRAFT = 1500;

    /** The hiring team, unnamed: who a note goes to when the member named nobody (a reply to their e-mail). */
    static final Contact TEAM = new Contact("", "", "");

    /**
     * Given to {@link #report} as {@code to} when the member says the company answered (the hiring team,
     * not one of their people): the plan follows for the team, written to unnamed.
     */
    public static final String THE_TEAM = "#team";

    private final PlanRules rules;
    private final DraftWriter writer;

    /** A playbook whose drafts write each remembered topic for its reader with {@code topics}. */
    public Playbook(ScriptLibrary scripts, Step contactsStep, PlanRules rules, TopicReader topics) {
        this.rules = rules;
        this.writer = new DraftWriter(scripts, contactsStep, topics);
    }

    /** How far "remind me later" moves a reminder. */
    public Duration snooze() {
        return rules.snooze;
    }

    // ---- the plan made when the intake ends ----

    public Plan plan(Rejection rejection, Instant now) {
        Work work = new Work(rejection, now);
        for (PlanRules.Rule rule : rules.on(PlanRules.PLAN)) {
            work.apply(rule, null);
        }
        List<Draft> drafts = new ArrayList<>(writer.perContact(rejection, work.writeNow));
        work.writeAfter.forEach(w -> drafts.add(writer.draft(w.kind(), rejection, w.to())));
        return new Plan(drafts, work.followUps, chooseNotes(work.notes));
    }

    /** A kind for a person, proposed after the one-note-per-person drafts. */
    private record Later(String kind, Contact to) {
    }

    /** The plan being built by the rules, one rule at a time. */
    private final class Work {
        final Rejection rejection;
        final Instant now;
        final List<Contact> contacts;
        final Map<Contact, String> writeNow = new LinkedHashMap<>();
        final List<Later> writeAfter = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();
        final Set<String> notes = new LinkedHashSet<>();

        Work(Rejection rejection, Instant now) {
            this.rejection = rejection;
            this.now = now;
            this.contacts = inWritingOrder(rejection.contacts());
        }

        void apply(PlanRules.Rule rule, Contact them) {
            if (!rule.holds(facts())) {
                return;
            }
            boolean found = false;
            for (PlanRules.Send send : rule.write()) {
                for (Contact c : whom(send.whom(), them)) {
                    writeNow.putIfAbsent(c, send.kind());
                    found = true;
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
                            .toDays()) < APART.toDays() * 2);
                    if (!already) {
                        followUps.add(followUp(rejection, followUps, send.kind(),
                                apart(pending, c.name(), now.plus(send.after())), c.name()));
                    }
                }
            }
            if (found || !rule.hasActions()) {
                notes.addAll(rule.notes());
            }
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
            facts.put("proposed", String.join(",", kinds));
            // the outcomes told before the one being reported (the last entry is that one)
            List<String> earlier = new ArrayList<>();
            List<HistoryEntry> history = rejection.history();
            for (int i = 0; i < history.size() - 1; i++) {
                if (history.get(i).what().startsWith("outcome:")) {
                    earlier.add(history.get(i).what().substring("outcome:".length()));
                }
            }
            facts.put("earlier", String.join(",", earlier));
            return facts;
        }

        List<Contact> whom(String whom, Contact them) {
            Contact key = contacts.isEmpty() ? null : contacts.get(0);
            return switch (whom) {
                case "key" -> key == null ? List.of() : List.of(key);
                case "key or team" -> List.of(key == null ? TEAM : key);
                case "everyone or team" -> contacts.isEmpty() ? List.of(TEAM) : contacts;
                case "recruiter or key or team" -> List.of(contacts.stream().filter(c -> c.is("recruiter")).findFirst()
                        .orElse(key == null ? TEAM : key));
                case "manager or team" -> List.of(contacts.stream().filter(c -> c.is("hiring_manager")).findFirst()
                        .orElse(key == null ? TEAM : key));
                case "manager" -> contacts.stream().filter(c -> c.part().equals("hiring_manager")).findFirst()
                        .or(() -> Optional.ofNullable(key)).stream().toList();
                case "clicked" -> clickedWith(contacts, rejection.stage());
                case "everyone" -> contacts;
                case "them" -> them == null ? List.of() : List.of(them);
                default -> List.of();
            };
        }
    }

    /** The notes in the playbook's order, filled up to the fewest and cut to the most. */
    List<String> chooseNotes(Set<String> wanted) {
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
     * The people the member clicked with (marked so, or remembered for something they talked about),
     * in writing order so the hiring manager comes first (seed 000); else the key person. A recruiter
     * met only for an application or a first screen is asked only when the member marked them.
     */
    static List<Contact> clickedWith(List<Contact> ordered, String stage) {
        boolean early = "applied".equals(stage) || "screen".equals(stage);
        List<Contact> clicked = ordered.stream().filter(Contact::clickedWith)
                .filter(c -> !(early && c.is("recruiter") && !Boolean.TRUE.equals(c.clicked()))).toList();
        if (!clicked.isEmpty() || ordered.isEmpty()) {
            return clicked;
        }
        Contact key = ordered.get(0);
        return early && key.is("recruiter") && ordered.size() == 1 ? List.of(key)
                : List.of(ordered.stream().filter(c -> !(early && c.is("recruiter"))).findFirst().orElse(key));
    }

    /** {@code due}, or a week later while another follow-up to the same person is too close to it. */
    static Instant apart(List<FollowUp> pending, String to, Instant due) {
        Instant at = due;
        for (int moves = 0; moves < 10; moves++) {
            Instant candidate = at;
            boolean clash = pending.stream().anyMatch(f -> f.to().equals(to)
                    && Duration.between(f.due(), candidate).abs().compareTo(APART) < 0);
            if (!clash) {
                return at;
            }
            at = at.plus(MOVE_BY);
        }
        return at;
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
     * Moves the plan after the member reported {@code outcome} about {@code to} (a contact's name,
     * {@link #THE_TEAM} for the hiring team, or empty to let the playbook pick the person it concerns).
     * The rules {@code on:} that outcome (plan.txt) stop follow-ups, plan again or write to {@code them}:
     * only that person. The outcome is kept in the history, with that person's name.
     */
    public Update report(Rejection rejection, String outcome, String to, Instant now) {
        return report(rejection, outcome, to, "", now);
    }

    /**
     * As {@link #report(Rejection, String, String, Instant)}, with what the member added: for a referral,
     * the company it is for (kept in the history; the notes to that person name it as {@code ${targets}}).
     */
    public Update report(Rejection rejection, String outcome, String to, String detail, Instant now) {
        Contact them = concerning(rejection, outcome, to);
        Rejection r = rejection.withHistory(new HistoryEntry(now, "outcome:" + outcome,
                them == null ? "" : them.name(), cut(detail, LONGEST_VALUE)));
        List<Draft> drafts = new ArrayList<>();
        List<FollowUp> added = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (PlanRules.Rule rule : rules.on(outcome)) {
            if (!rule.holds(new Work(r, now).facts())) {
                continue;
            }
            if (!rule.stop().isEmpty()) {
                r = r.withFollowUps(r.followUps().stream()
                        .map(f -> f.isPending() && rule.stop().contains(f.kind()) ? f.stopped() : f).toList());
            }
            if (rule.planAgainWithOutcome() != null) {
                Plan plan = plan(new Rejection(r.id(), r.createdAt(), r.company(), r.role(), r.stage(),
                        rule.planAgainWithOutcome(), r.stillInterested(), r.contacts(), r.goals(), r.targets(),
                        r.tone(), r.drafts(), r.followUps(), r.history()), now);
                drafts.addAll(plan.drafts());
                added.addAll(plan.followUps());
                notes.addAll(plan.notes());
                r = r.withFollowUps(joined(r.followUps(), plan.followUps()));
            }
            Work work = new Work(r, now);
            work.apply(rule, them);
            final Rejection current = r;
            work.writeNow.forEach((c, kind) -> drafts.add(writer.draft(kind, current, c)));
            work.writeAfter.forEach(w -> drafts.add(writer.draft(w.kind(), current, w.to())));
            added.addAll(work.followUps);
            notes.addAll(work.notes);
            r = r.withFollowUps(joined(r.followUps(), work.followUps));
        }
        return new Update(r.withPlan(joined(r.drafts(), drafts), r.followUps()), drafts, added, List.copyOf(notes));
    }

    private static <T> List<T> joined(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /**
     * The person an outcome is about: the one named ({@link #THE_TEAM}: the hiring team), else whoever was
     * asked for a reference, else the key person.
     */
    Contact concerning(Rejection rejection, String outcome, String to) {
        if (THE_TEAM.equals(to)) {
            return TEAM;
        }
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

    /** Whether a reminder of {@code kind} offers {@code outcome} as a button (plan.txt: reminder offers). */
    public boolean offers(String kind, String outcome) {
        List<String> offered = rules.offers.get(kind);
        return offered == null || offered.contains(outcome);
    }

    /** After a follow-up was delivered: one the playbook repeats (plan.txt: repeat) plans its next time. */
    public Rejection afterDelivery(Rejection rejection, FollowUp delivered, Instant now) {
        Duration every = rules.repeats.get(delivered.kind());
        if (every == null) {
            return rejection;
        }
        long times = rejection.followUps().stream()
                .filter(f -> f.kind().equals(delivered.kind()) && f.to().equals(delivered.to())).count();
        if (times >= rules.repeatTimes.getOrDefault(delivered.kind(), 1)) {
            return rejection;
        }
        List<FollowUp> more = new ArrayList<>(rejection.followUps());
        more.add(followUp(rejection, List.of(), delivered.kind(),
                apart(rejection.pendingFollowUps(), delivered.to(), now.plus(every)), delivered.to()));
        return rejection.withFollowUps(more);
    }

    /** The draft a follow-up proposes when it comes due: a kind's last variant reads as the later note. */
    public Draft draftFor(Rejection rejection, FollowUp followUp) {
        return writer.draftFor(rejection, followUp);
    }

    /** One kind rendered for one person, in the rejection's tone (first variant). */
    public Draft draft(String kind, Rejection rejection, Contact contact) {
        return writer.draft(kind, rejection, contact);
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

    /** The people in the playbook's writing order (plan.txt), the first being the key person. */
    List<Contact> inWritingOrder(List<Contact> contacts) {
        List<String> order = rules.writingOrder;
        List<Contact> ordered = new ArrayList<>(contacts);
        ordered.sort(Comparator.comparingInt(c -> {
            int rank = order.indexOf(c.part());
            return rank < 0 ? order.size() : rank;
        }));
        return ordered;
    }
}
