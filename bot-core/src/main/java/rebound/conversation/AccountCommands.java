package rebound.conversation;

import rebound.frontdoor.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.member.Awaiting;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Vocabulary.Meaning;
import rebound.words.Vocabulary;

/** What a member asks about their account: the list, the overview, the export, the calendar, and forgetting everything. */
final class AccountCommands {

    private final Views views;
    private final MemberFiles files;
    private final OptionMatcher matcher;
    /** Yes and no to "delete everything?", as options so numbers and small typos work as elsewhere. */
    private final List<Option> yesNo;

    AccountCommands(Views views, MemberFiles files, Vocabulary vocabulary, OptionMatcher matcher) {
        this.views = views;
        this.files = files;
        this.matcher = matcher;
        this.yesNo = List.of(option(vocabulary.words(Meaning.YES), "yes"), option(vocabulary.words(Meaning.NO), "no"));
    }

    private static Option option(List<String> words, String fallback) {
        String first = words.isEmpty() ? fallback : words.get(0);
        return new Option(first, first, words);
    }

    /**
     * Every rejection with its upcoming follow-ups and what happened since; the one being logged, if any,
     * with a way back to it (issue 21).
     */
    Reply list(Reply reply) {
        List<Rejection> rejections = reply.state().rejections();
        if (rejections.isEmpty() && reply.state().intake() != null) {
            return views.intakeUnderWay(reply, false);
        }
        if (rejections.isEmpty()) {
            return reply.say(views.say(Line.LIST_EMPTY), List.of(views.startChoice()));
        }
        StringBuilder text = new StringBuilder(views.say(Line.LIST_HEADER,
                Map.of("count", String.valueOf(rejections.size()))));
        for (Rejection rejection : rejections) {
            text.append("\n\n").append(views.say(Line.LIST_ITEM, views.rejectionVars(rejection, reply.state().zone())));
            List<FollowUp> upcoming = rejection.pendingFollowUps().stream()
                    .sorted(Comparator.comparing(FollowUp::due)).toList();
            if (!upcoming.isEmpty()) {
                text.append('\n').append(views.say(Line.LIST_UPCOMING));
            }
            upcoming.forEach(f -> text.append('\n').append(views.say(Line.LIST_FOLLOWUP,
                    views.followUpVars(f, reply.state().zone()))));
            if (!rejection.history().isEmpty()) {
                text.append('\n').append(views.say(Line.LIST_SO_FAR));
            }
            rejection.history().forEach(h -> text.append('\n').append(views.say(Line.LIST_HISTORY, Map.of(
                    "date", views.date(h.at(), reply.state().zone()), "what", historyWhat(h), "to", Views.shownTo(h)))));
        }
        List<Choice> choices = List.of(views.newChoice(), views.updateChoice());
        if (reply.state().intake() != null) { // issue 21: the one being logged is not forgotten
            text.append("\n\n").append(views.say(Line.INTAKE_UNDER_WAY, views.vars(reply.state().intake())));
            choices = List.of(views.resumeChoice(reply.state().intake()), views.updateChoice());
        }
        return reply.sayLong(text.toString(), choices,
                Views.planned(rejections.stream().flatMap(r -> r.followUps().stream()).toList()));
    }

    /**
     * A history entry in words: {@code reminder:<kind>}, {@code snoozed:<kind>}, {@code stopped} (everything)
     * or {@code stopped:<kind>} (one chain, issue 21), {@code outcome:<o>}, {@code sent:<kind>}. A snooze says
     * no length: the light touch may move it past a week (the reply to the snooze gave its date).
     */
    private String historyWhat(HistoryEntry entry) {
        String detail = entry.value();
        return switch (entry.type()) {
            case REMINDER -> views.say(Line.HISTORY_REMINDER, Map.of("kind", views.kindName(detail)));
            case SNOOZED -> views.say(Line.HISTORY_SNOOZED, Map.of("kind", views.kindName(detail)));
            case STOPPED -> views.say(Line.HISTORY_STOPPED, Map.of("kind", detail.isEmpty() ? "" : views.kindName(detail)));
            case SENT -> views.say(Line.HISTORY_SENT, Map.of("kind", views.kindName(detail)));
            case OUTCOME -> views.say(Line.HISTORY_OUTCOME, Map.of("what",
                    views.words().has("choice_outcome_" + detail) ? views.words().say("choice_outcome_" + detail)
                            : detail, "detail", entry.detail() == null ? "" : entry.detail()));
            case OTHER -> entry.what();
        };
    }

    /** A member's rejections and upcoming follow-ups at a glance, for a home tab or the terminal's start. */
    Outbound overview(Member member, MemberState state) {
        StringBuilder text = new StringBuilder(views.say(Line.OVERVIEW_HEADER));
        if (state.rejections().isEmpty()) {
            text.append("\n").append(views.say(Line.OVERVIEW_EMPTY));
        }
        List<PlannedFollowUp> upcoming = new ArrayList<>();
        for (Rejection rejection : state.rejections()) {
            text.append("\n\n").append(views.say(Line.LIST_ITEM, views.rejectionVars(rejection, state.zone())));
            for (FollowUp followUp : rejection.pendingFollowUps()) {
                text.append('\n').append(views.say(Line.LIST_FOLLOWUP, views.followUpVars(followUp, state.zone())));
                upcoming.add(new PlannedFollowUp(followUp.kind(), followUp.due(), followUp.to()));
            }
        }
        List<Choice> choices = state.rejections().isEmpty() ? List.of(views.newChoice())
                : List.of(views.newChoice(), views.listChoice(), views.updateChoice());
        return Outbound.say(member, text.toString()).withChoices(choices).withFollowups(upcoming);
    }

    /**
     * Everything kept, as files (issue 20, item 9; issue 21): the JSON, which the facade writes as the
     * store keeps it, and the table of rejections (CSV) made here.
     */
    Reply export(Reply reply) {
        MemberState state = reply.state();
        Attachment table = files.table(state, MemberFiles.zoneOf(state));
        return reply.effect(new Turn.Export(Outbound.say(reply.member(), views.say(Line.EXPORT_INTRO))
                .withAttachments(List.of(table))));
    }

    /** The follow-ups still to come as a calendar file (issue 21); nothing to come is said plainly, with no file. */
    Reply calendar(Reply reply) {
        MemberState state = reply.state();
        return files.calendar(state, MemberFiles.zoneOf(state), reply.now())
                .map(file -> reply.add(Outbound.say(reply.member(), views.say(Line.CALENDAR_INTRO,
                        Map.of("count", String.valueOf(MemberFiles.upcomingCount(state)))))
                        .withAttachments(List.of(file))))
                .orElseGet(() -> reply.say(views.say(Line.CALENDAR_EMPTY),
                        state.rejections().isEmpty() ? List.of(views.startChoice()) : List.of(views.listChoice())));
    }

    Reply askForget(Reply reply) {
        return reply.with(reply.state().awaiting(new Awaiting.ForgetConfirmation()))
                .say(views.say(Line.FORGET_CONFIRM, Map.of("count", String.valueOf(reply.state().rejections().size()))),
                        List.of(Action.choice(views.say(Line.CHOICE_YES), "yes", new Action.Forget(true)),
                                Action.choice(views.say(Line.CHOICE_NO), "no", new Action.Forget(false))));
    }

    /** The answer to "delete everything?", typed: yes in any of the playbook's words, anything else keeps. */
    Reply answerForget(Reply reply, String typed) {
        return answerForget(reply, matcher.one(typed, yesNo).map(yesNo.get(0)::equals).orElse(false));
    }

    Reply answerForget(Reply reply, boolean yes) {
        if (!(reply.state().awaits() instanceof Awaiting.ForgetConfirmation)) {
            return views.stale(reply);
        }
        if (yes) {
            return reply.with(MemberState.empty()).effect(new Turn.Forget()).say(views.say(Line.FORGET_DONE));
        }
        return reply.with(reply.state().awaiting(Awaiting.NOTHING)).say(views.say(Line.FORGET_KEPT)).thenAsk();
    }
}
