package rebound.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.playbook.Playbook;
import rebound.rejection.Contact;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Vocabulary;
import rebound.words.Vocabulary.Meaning;

/**
 * What happened after a rejection: the reminder of a due follow-up, "remind me later", stopping the
 * follow-ups, "I sent it" under a draft, and telling an outcome (pressed on a reminder, or through
 * {@code /rejected update}: which rejection, what happened, who answered, what they said, and for a
 * referral which company; issue 12 section 5). A new job ends the follow-ups of every rejection.
 */
final class FollowUps {

    /** Companies offered for a referral, at most: the buttons stay within a platform's row. */
    private static final int MOST_TARGETS = 3;
    /** A company typed for a referral is cut to this many characters. */
    private static final int LONGEST_COMPANY = 80;

    private final Views views;
    private final Playbook playbook;
    private final Vocabulary vocabulary;
    private final OptionMatcher matcher;
    private final PlanPresenter plans;
    /** The outcomes a member can tell, labelled by words.txt's {@code choice_outcome_<outcome>}. */
    private final List<Option> outcomes;

    FollowUps(Views views, Playbook playbook, Vocabulary vocabulary, OptionMatcher matcher, PlanPresenter plans) {
        this.views = views;
        this.playbook = playbook;
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.plans = plans;
        this.outcomes = Playbook.OUTCOMES.stream()
                .map(o -> new Option(o, views.words().say("choice_outcome_" + o), List.of())).toList();
    }

    /** The message that offers a due follow-up, with its draft ready to copy. */
    Outbound reminder(String member, Rejection rejection, FollowUp followUp) {
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("to", followUp.to());
        values.put("kind", views.kindName(followUp.kind()));
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            if (playbook.offers(followUp.kind(), outcome.value())) {
                choices.add(Choice.of(outcome.label(), outcome.value(),
                        new Action.Answered(rejection.id(), whoOf(rejection, followUp.to()), outcome.value())));
            }
        }
        // issue 13: ask about the notes to this person not marked sent, rather than assuming they went out
        List<Draft> drafts = rejection.drafts();
        StringBuilder unsent = new StringBuilder();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (!draft.wasSent() && draft.to().equals(followUp.to()) && !draft.kind().equals(followUp.kind())) {
                Map<String, String> draftValues = new HashMap<>(values);
                draftValues.put("kind", views.kindName(draft.kind()));
                draftValues.put("to", draft.to());
                unsent.append("\n").append(views.say(Line.REMINDER_UNSENT, draftValues));
                choices.add(Choice.of(Playbook.cut(views.say(Line.CHOICE_SENT_KIND, draftValues), 70), "sent",
                        new Action.Sent(rejection.id(), String.valueOf(i))));
            }
        }
        choices.add(Choice.of(views.say(Line.CHOICE_SNOOZE), "snooze", new Action.Snooze(rejection.id(), followUp.id())));
        choices.add(Choice.of(views.say(Line.CHOICE_STOP), "stop", new Action.Stop(rejection.id(), followUp.id())));
        values.put("unsent", unsent.length() == 0 ? "" : "yes");
        return Outbound.say(member, views.words().say("reminder_" + followUp.kind(), values) + unsent)
                .withDrafts(List.of(playbook.draftFor(rejection, followUp)))
                .withChoices(choices)
                .asReminder();
    }

    /** {@code /rejected update}: asks which rejection (or straight what happened, when there is one). */
    Reply askWhich(Reply reply) {
        List<Rejection> rejections = newestFirst(reply.state());
        if (rejections.isEmpty()) {
            return reply.say(views.say(Line.UPDATE_NONE), List.of(views.startChoice()));
        }
        if (rejections.size() == 1) {
            return askOutcome(reply, rejections.get(0).id());
        }
        StringBuilder text = new StringBuilder(views.say(Line.UPDATE_WHICH));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection r = rejections.get(i);
            Map<String, String> values = views.rejectionVars(r);
            values.put("count", String.valueOf(i + 1));
            text.append('\n').append(views.say(Line.UPDATE_WHICH_ITEM, values));
            choices.add(Choice.of(Playbook.cut(r.company() + ", " + r.role(), 70), r.id(), new Action.PickRejection(r.id())));
        }
        return reply.with(reply.state().awaiting(new Awaiting.RejectionPick()))
                .sayLong(text.toString(), choices, List.of());
    }

    /**
     * A member's rejections as they are offered to pick one, newest first (issue 9: a platform shows the
     * first ones of a long menu; the one just logged is the one most often updated). A typed number counts
     * in this order. The state keeps them in the order they were logged, so newest first is that reversed.
     */
    static List<Rejection> newestFirst(MemberState state) {
        List<Rejection> rejections = new ArrayList<>(state.rejections());
        Collections.reverse(rejections);
        return rejections;
    }

    /** What happened with one rejection: every outcome, each leading to who answered when it matters. */
    Reply askOutcome(Reply reply, String rejectionId) {
        Rejection rejection = reply.state().rejection(rejectionId);
        if (rejection == null) {
            return views.stale(reply);
        }
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            choices.add(Choice.of(outcome.label(), outcome.value(),
                    new Action.Answered(rejectionId, Action.Answered.UNKNOWN, outcome.value())));
        }
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("options", Views.optionList(outcomes));
        return reply.with(reply.state().awaiting(new Awaiting.OutcomeOf(rejectionId)))
                .say(views.say(Line.UPDATE_WHAT, values), choices);
    }

    /** Text typed while asked which rejection, what happened, who answered, or what they said. */
    Reply answerUpdate(Reply reply, String text, Awaiting awaiting) {
        if (vocabulary.means(Meaning.CANCEL, text)) {
            return reply.with(reply.state().awaiting(Awaiting.NOTHING)).say(views.say(Line.FORGET_KEPT));
        }
        if (awaiting instanceof Awaiting.OutcomeOf asked) {
            Optional<Option> outcome = matcher.one(text, outcomes);
            return outcome.isEmpty() ? askOutcome(reply.say(views.say(Line.UPDATE_HINT)), asked.rejection())
                    : answered(reply, new Action.Answered(asked.rejection(), Action.Answered.UNKNOWN,
                            outcome.get().value()));
        }
        if (awaiting instanceof Awaiting.WhoOf asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> who = matcher.one(text, whoOptions(rejection, asked.outcome()));
            return who.isEmpty() ? askWho(reply.say(views.say(Line.UPDATE_HINT)), rejection, asked.outcome())
                    : answered(reply, new Action.Answered(asked.rejection(), who.get().value(), asked.outcome()));
        }
        if (awaiting instanceof Awaiting.SaidBy asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> said = matcher.one(text, said());
            return said.isEmpty() ? askSaid(reply.say(views.say(Line.UPDATE_HINT)), rejection, asked.who())
                    : answered(reply, new Action.Answered(asked.rejection(), asked.who(), said.get().value()));
        }
        if (awaiting instanceof Awaiting.ReferralFor asked) {
            Rejection rejection = reply.state().rejection(asked.rejection());
            if (rejection == null) {
                return views.stale(reply);
            }
            Optional<Option> pick = matcher.one(text, referralOptions(rejection));
            if (pick.isPresent()) {
                return referredTo(reply, new Action.ReferredTo(asked.rejection(), asked.who(), pick.get().value()));
            }
            reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
            return report(reply, rejection, "reference", whoName(rejection, asked.who()),
                    Playbook.cut(text, LONGEST_COMPANY));
        }
        String normalized = Vocabulary.normalize(text);
        List<Rejection> rejections = newestFirst(reply.state());
        Rejection picked = null;
        if (normalized.matches("\\d{1,3}")) {
            int index = Integer.parseInt(normalized) - 1;
            picked = index >= 0 && index < rejections.size() ? rejections.get(index) : null;
        }
        for (Rejection r : rejections) {
            if (picked == null && Vocabulary.normalize(r.company()).equals(normalized)) {
                picked = r;
            }
        }
        return picked == null ? askWhich(reply.say(views.say(Line.UPDATE_HINT))) : askOutcome(reply, picked.id());
    }

    /**
     * An answer of {@code /rejected update}, pressed or typed: asks who answered when the outcome is about
     * someone and there is more than one they could be; after "they replied", asks what they said
     * (issue 12: a reply after silence may be an invitation, not a no); else the plan follows it.
     */
    Reply answered(Reply reply, Action.Answered told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || !(Playbook.OUTCOMES.contains(told.outcome())
                || told.outcome().equals(Action.Answered.UNKNOWN)) || whoName(rejection, told.who()) == null) {
            return views.stale(reply);
        }
        String who = told.who();
        if (who.equals(Action.Answered.UNKNOWN) && Playbook.ABOUT_SOMEONE.contains(told.outcome())) {
            List<Option> whoOptions = whoOptions(rejection, told.outcome());
            if (whoOptions.size() != 1) {
                return askWho(reply, rejection, told.outcome());
            }
            who = whoOptions.get(0).value();
        }
        if (told.outcome().equals(Action.Answered.UNKNOWN)) {
            return askSaid(reply, rejection, who);
        }
        if (told.outcome().equals("new_job")) {
            return newJob(reply, rejection);
        }
        if (told.outcome().equals("reference")) {
            return askReferralFor(reply, rejection, who);
        }
        reply = report(reply, rejection, told.outcome(), whoName(rejection, who), "");
        return told.outcome().equals("replied") ? askSaid(reply, reply.state().rejection(rejection.id()), who) : reply;
    }

    /** "I sent it": the draft is marked sent (kept, and in the history); pressing it twice changes nothing. */
    Reply sent(Reply reply, Action.Sent sent) {
        Rejection rejection = reply.state().rejection(sent.rejection());
        if (rejection == null || !sent.draft().matches("\\d{1,4}")
                || Integer.parseInt(sent.draft()) >= rejection.drafts().size()) {
            return views.stale(reply);
        }
        int index = Integer.parseInt(sent.draft());
        Draft draft = rejection.drafts().get(index);
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("kind", views.kindName(draft.kind()));
        values.put("to", draft.to());
        if (!draft.wasSent()) {
            List<Draft> drafts = new ArrayList<>(rejection.drafts());
            drafts.set(index, draft.markedSent());
            Instant now = reply.now();
            reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r.withPlan(drafts, r.followUps())
                    .withHistory(new HistoryEntry(now, "sent:" + draft.kind(), draft.to()))));
        }
        return reply.say(views.say(Line.DRAFT_SENT, values));
    }

    /** The encoded who for a follow-up's person: their index, the company when it went to the team. */
    private static String whoOf(Rejection rejection, String to) {
        if (to.isEmpty()) {
            return Action.Answered.TEAM;
        }
        for (int i = 0; i < rejection.contacts().size(); i++) {
            if (rejection.contacts().get(i).name().equals(to)) {
                return String.valueOf(i);
            }
        }
        return Action.Answered.UNKNOWN;
    }

    /** The companies a referral may be for: those the member applies to next, then this one, then anywhere. */
    private List<Option> referralOptions(Rejection rejection) {
        List<Option> options = new ArrayList<>();
        List<String> companies = new ArrayList<>();
        for (String target : rejection.targets().split("[,;]")) {
            if (!target.isBlank() && companies.size() < MOST_TARGETS) {
                companies.add(target.strip());
            }
        }
        companies.add(rejection.company());
        for (int i = 0; i < companies.size(); i++) {
            options.add(new Option(String.valueOf(i), Playbook.cut(companies.get(i), 70), List.of()));
        }
        options.add(new Option(Action.ReferredTo.ANY, views.say(Line.CHOICE_REFERRAL_ANY), List.of()));
        return options;
    }

    private Reply askReferralFor(Reply reply, Rejection rejection, String who) {
        List<Option> options = referralOptions(rejection);
        List<Choice> choices = options.stream().map(o -> Choice.of(o.label(), o.value(),
                new Action.ReferredTo(rejection.id(), who, o.value()))).toList();
        Map<String, String> values = views.rejectionVars(rejection);
        String name = whoName(rejection, who);
        values.put("to", name == null || name.equals(Playbook.THE_TEAM) ? "" : name);
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.ReferralFor(rejection.id(), who)))
                .say(views.say(Line.UPDATE_REFERRAL_FOR, values), choices);
    }

    /** The company a referral is for, picked: the plan follows for the person who offered it. */
    Reply referredTo(Reply reply, Action.ReferredTo told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        String name = rejection == null ? null : whoName(rejection, told.who());
        Option picked = rejection == null ? null : referralOptions(rejection).stream()
                .filter(o -> o.value().equals(told.pick())).findFirst().orElse(null);
        if (name == null || picked == null) {
            return views.stale(reply);
        }
        return report(reply, rejection, "reference", name,
                picked.value().equals(Action.ReferredTo.ANY) ? "" : picked.label());
    }

    /** Who answered: each person the member named, and the company unless only a person can say this. */
    private List<Option> whoOptions(Rejection rejection, String outcome) {
        List<Option> options = new ArrayList<>();
        List<Contact> contacts = rejection.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c.named()) {
                options.add(new Option(String.valueOf(i), c.name(), List.of(c.firstName())));
            }
        }
        if (options.isEmpty() || !Playbook.ONLY_A_PERSON.contains(outcome)) {
            options.add(new Option(Action.Answered.TEAM, views.say(Line.CHOICE_WHO_TEAM),
                    vocabulary.words(Meaning.COMPANY)));
        }
        return options;
    }

    /** The name {@link Playbook#report} takes for an encoded who; null when it names nobody known. */
    private static String whoName(Rejection rejection, String who) {
        if (who.equals(Action.Answered.UNKNOWN)) {
            return "";
        }
        if (who.equals(Action.Answered.TEAM)) {
            return Playbook.THE_TEAM;
        }
        if (!who.matches("\\d{1,3}") || Integer.parseInt(who) >= rejection.contacts().size()) {
            return null;
        }
        return rejection.contacts().get(Integer.parseInt(who)).name();
    }

    private Reply askWho(Reply reply, Rejection rejection, String outcome) {
        List<Option> options = whoOptions(rejection, outcome);
        List<Choice> choices = options.stream().map(o -> Choice.of(Playbook.cut(o.label(), 70), o.value(),
                new Action.Answered(rejection.id(), o.value(), outcome))).toList();
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.WhoOf(rejection.id(), outcome)))
                .say(views.say(Line.UPDATE_WHO, values), choices);
    }

    private List<Option> said() {
        return Playbook.SAID.stream().map(said -> outcomes.stream().filter(o -> o.value().equals(said)).findFirst()
                .orElseThrow()).toList();
    }

    private Reply askSaid(Reply reply, Rejection rejection, String who) {
        List<Option> options = said();
        List<Choice> choices = options.stream().map(o -> Choice.of(o.label(), o.value(),
                new Action.Answered(rejection.id(), who, o.value()))).toList();
        Map<String, String> values = views.rejectionVars(rejection);
        String name = whoName(rejection, who);
        values.put("to", name == null || name.equals(Playbook.THE_TEAM) ? "" : name);
        values.put("options", Views.optionList(options));
        return reply.with(reply.state().awaiting(new Awaiting.SaidBy(rejection.id(), who)))
                .say(views.say(Line.UPDATE_SAID, values), choices);
    }

    /**
     * A new job (issue 13): every pending follow-up of every rejection ends, each rejection keeps it in its
     * history, and the member hears a kind word rather than a plan.
     */
    private Reply newJob(Reply reply, Rejection told) {
        int stopped = 0;
        for (Rejection rejection : reply.state().rejections()) {
            if (!rejection.id().equals(told.id()) && rejection.pendingFollowUps().isEmpty()) {
                continue;
            }
            Playbook.Update update = playbook.report(rejection, "new_job", "", reply.now());
            stopped += rejection.pendingFollowUps().size() - update.rejection().pendingFollowUps().size();
            reply = reply.with(reply.state().changeRejection(rejection.id(), r -> update.rejection()));
        }
        Map<String, String> values = views.rejectionVars(told);
        values.put("stopped", stopped == 0 ? "" : String.valueOf(stopped));
        return reply.say(views.words().say("outcome_new_job", values), List.of(views.listChoice()));
    }

    Reply snooze(Reply reply, Action.Snooze snooze) {
        Rejection rejection = reply.state().rejection(snooze.rejection());
        FollowUp followUp = followUp(rejection, snooze.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (followUp == null) {
            return views.stale(reply);
        }
        Instant due = reply.now().plus(playbook.snooze());
        Instant now = reply.now();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r
                .withFollowUp(followUp.id(), f -> f.movedTo(due))
                .withHistory(new HistoryEntry(now, "snoozed:" + followUp.kind(), followUp.to()))));
        Map<String, String> values = views.rejectionVars(rejection);
        values.putAll(views.followUpVars(followUp.movedTo(due)));
        return reply.say(views.say(Line.FOLLOWUP_SNOOZED, values), List.of(views.listChoice()));
    }

    Reply stop(Reply reply, Action.Stop stop) {
        Rejection rejection = reply.state().rejection(stop.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || (followUp(rejection, stop.followUp()) == null
                && !stop.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        Instant now = reply.now();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r
                .withFollowUps(r.followUps().stream().map(f -> f.isPending() ? f.stopped() : f).toList())
                .withHistory(new HistoryEntry(now, "stopped", ""))));
        return reply.say(views.say(Line.FOLLOWUP_STOPPED, views.rejectionVars(rejection)), List.of(views.listChoice()));
    }

    /**
     * An outcome pressed on a reminder (about the person it was to), or on a {@code /rejected update}
     * button of an earlier version ({@link Action.Outcome#NO_FOLLOW_UP}: the playbook picks the person).
     */
    Reply outcome(Reply reply, Action.Outcome told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        FollowUp followUp = followUp(rejection, told.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || !Playbook.OUTCOMES.contains(told.outcome())
                || (followUp == null && !told.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        if (told.outcome().equals("new_job")) {
            return newJob(reply, rejection);
        }
        String to = followUp == null ? "" : followUp.to().isEmpty() ? Playbook.THE_TEAM : followUp.to();
        reply = report(reply, rejection, told.outcome(), to, "");
        if (!told.outcome().equals("replied")) {
            return reply;
        }
        Rejection now = reply.state().rejection(rejection.id());
        HistoryEntry last = now.history().get(now.history().size() - 1);
        int index = -1;
        for (int i = 0; i < now.contacts().size(); i++) {
            if (index < 0 && now.contacts().get(i).name().equals(last.to()) && !last.to().isEmpty()) {
                index = i;
            }
        }
        return askSaid(reply, now, index < 0 ? Action.Answered.TEAM : String.valueOf(index));
    }

    /**
     * The plan follows what {@code to} said ({@link Playbook#report}); the member reads what changed, truly:
     * the follow-ups stopped, the drafts and the reminders added, or that nothing else moved.
     */
    private Reply report(Reply reply, Rejection rejection, String outcome, String to, String detail) {
        Playbook.Update update = playbook.report(rejection, outcome, to, detail, reply.now());
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> update.rejection()));
        Map<String, String> values = views.rejectionVars(update.rejection());
        List<HistoryEntry> history = update.rejection().history();
        values.put("to", history.get(history.size() - 1).to());
        List<FollowUp> ended = rejection.pendingFollowUps().stream()
                .filter(f -> update.rejection().pendingFollowUps().stream().noneMatch(f::equals)).toList();
        values.put("stopped", ended.isEmpty() ? "" : "yes");
        values.put("stopped_kinds", ended.stream().map(f -> views.kindName(f.kind())).distinct()
                .collect(Collectors.joining(", ")));
        FollowUp next = update.rejection().pendingFollowUps().stream()
                .min(Comparator.comparing(FollowUp::due)).orElse(null);
        values.put("date", next == null ? "" : views.date(next.due()));
        if (next != null) {
            values.put("kind", views.kindName(next.kind()));
        }
        values.put("drafts", update.drafts().isEmpty() ? "" : String.valueOf(update.drafts().size()));
        values.put("what", detail);
        StringBuilder text = new StringBuilder(views.words().say("outcome_" + outcome, values));
        for (String note : update.notes()) {
            text.append("\n- ").append(views.words().say(note, values));
        }
        if (!update.added().isEmpty()) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUPS, values));
        }
        for (FollowUp added : update.added()) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUP, views.followUpVars(added)));
        }
        boolean asksMore = outcome.equals("replied");
        reply = reply.sayLong(text.toString(), update.drafts().isEmpty() && !asksMore ? List.of(views.listChoice())
                : List.of(), Views.planned(update.added()));
        reply = plans.addDrafts(reply, update.rejection(), update.drafts(), values);
        return update.drafts().isEmpty() ? reply
                : reply.say(views.say(Line.PLAN_FOOTER, values), List.of(views.listChoice(), views.updateChoice()));
    }

    private static FollowUp followUp(Rejection rejection, String id) {
        return rejection == null ? null
                : rejection.followUps().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
