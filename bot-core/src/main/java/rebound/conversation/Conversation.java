package rebound.conversation;

import rebound.frontdoor.Member;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Event;
import rebound.frontdoor.Form;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.intake.AnswerReader;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.member.Awaiting;
import rebound.member.MemberState;
import rebound.plan.Playbook;
import rebound.plan.PlaybookBundle;
import rebound.reading.ReadingVocabulary;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Vocabulary.Meaning;
import rebound.words.Vocabulary;
import rebound.words.Words;

/**
 * The conversation as one pure step: {@code (state, inbound, now) -> (new state, messages, effects)}.
 * Nothing here touches a disk, a clock or a platform, so every path can be tested as dialogue. This
 * class only routes: commands ({@link Commands}), pressed choices ({@link Pressed}), the intake
 * ({@link IntakeFlow}), the plan ({@link PlanPresenter}), account commands ({@link AccountCommands}),
 * {@code /rejected update} ({@link UpdateFlow}), what follows an outcome ({@link Outcomes}),
 * follow-ups ({@link FollowUps}) and a text typed with nothing under way ({@link Welcome}) do the work, and the current question is asked again in one
 * place, at the end of {@link #step}.
 */
public final class Conversation {

    /**
     * The history detail of a reminder delivered as a line of a gathered message (issue 22): its
     * {@code reminder:<kind>} entry carries it.
     */
    public static final String GATHERED = GatheredReminders.DETAIL;

    private final Intake intake;
    private final Vocabulary vocabulary;
    private final Views views;
    private final IntakePrompt prompt;
    private final ContactForm forms;
    private final IntakeFlow intakeFlow;
    private final AccountCommands account;
    private final FollowUps followUps;
    private final UpdateFlow updates;
    private final Commands commands;
    private final Pressed pressed;
    private final GatheredReminders gathered;
    private final Playbook playbook;
    private final ZoneSettings settings;
    private final Welcome welcome;

    /** The conversation a loaded playbook describes: its questions, its words and its plan. */
    public Conversation(PlaybookBundle bundle) {
        this(bundle.intake(), bundle.words(), bundle.playbook(), bundle.reading());
    }

    /**
     * The conversation of these questions, words (said and understood), plan and reading vocabulary
     * (people.txt, topics.txt), all from one playbook.
     */
    public Conversation(Intake intake, Words words, Playbook playbook, ReadingVocabulary reading) {
        this.intake = intake;
        this.playbook = playbook;
        this.vocabulary = Vocabulary.of(words);
        AnswerReader reader = new AnswerReader(vocabulary);
        this.views = new Views(intake, words, playbook.workingDays());
        PeopleStep people = new PeopleStep(views, reading, reader.matcher());
        this.prompt = new IntakePrompt(intake, views, reader, people);
        this.forms = new ContactForm(views, reading, reader.matcher(), people);
        this.settings = new ZoneSettings(views);
        this.welcome = new Welcome(views, vocabulary);
        PlanPresenter plans = new PlanPresenter(intake, views, playbook, settings);
        this.intakeFlow = new IntakeFlow(intake, views, prompt, plans, vocabulary, people, forms);
        this.account = new AccountCommands(views, new MemberFiles(views, playbook, reading), vocabulary,
                reader.matcher());
        Outcomes outcomes = new Outcomes(views, playbook, plans);
        this.updates = new UpdateFlow(views, vocabulary, reader.matcher(), outcomes);
        this.followUps = new FollowUps(views, playbook, outcomes, updates);
        this.commands = new Commands(views, intakeFlow, account, updates, settings);
        this.gathered = new GatheredReminders(views, playbook, followUps);
        this.pressed = new Pressed(views, commands, intakeFlow, account, followUps, updates, gathered);
    }

    /**
     * One turn: what {@code inbound} does to {@code state} at {@code now}. An inbound whose delivery id
     * the state has already seen changes nothing and says nothing. The facade saves the returned state
     * (or applies its effects) before sending its messages.
     */
    public Turn step(MemberState state, Inbound inbound, Instant now) {
        if (state.hasSeen(inbound.deliveryId())) {
            return new Turn(state, List.of());
        }
        MemberState before = state.seen(inbound.deliveryId(), now);
        if (inbound.zone() != null && !before.zoneChosen()
                && !(before.zoneKnown() && before.zone().equals(inbound.zone()))) {
            before = views.clock().moveTo(before, inbound.zone(), now);
        }
        Reply reply = Reply.to(inbound.member(), before, now);
        Event event = inbound.event();
        if (event instanceof Event.Command command) {
            reply = commands.run(reply, command.args());
        } else if (event instanceof Event.Action press) {
            Optional<Action> action = Action.parse(press.action());
            reply = action.isPresent() ? action.get().accept(pressed, reply) : views.stale(reply);
        } else if (event instanceof Event.FormSubmit form) {
            reply = intakeFlow.submitted(reply, form);
        } else if (event instanceof Event.Text text) {
            reply = text(reply, text.text().strip());
        }
        IntakeProgress progress = reply.state().intake();
        if (reply.then() != Reply.Then.NOTHING && progress != null) {
            // asked again: the question was already on screen (re-asked, helped, resumed) or is being edited
            boolean again = before.intake() != null && before.intake().step().equals(progress.step())
                    || progress.answer(progress.step()) != null;
            reply = reply.asked().add(prompt.ask(reply.member(), progress, again));
        } else if (reply.then() == Reply.Then.ASK_OR_GREET) {
            reply = views.greet(reply.asked());
        }
        return reply.with(views.clock().settle(before, reply.state(), now)).turn();
    }

    private Reply text(Reply reply, String text) {
        if (Commands.isTyped(text)) {
            return commands.run(reply, text.substring(Commands.TYPED.length()));
        }
        Awaiting awaiting = reply.state().awaits();
        if (awaiting instanceof Awaiting.ForgetConfirmation) {
            return account.answerForget(reply, text);
        }
        if (awaiting instanceof Awaiting.RejectionPick || awaiting instanceof Awaiting.OutcomeOf
                || awaiting instanceof Awaiting.WhoOf || awaiting instanceof Awaiting.SaidBy
                || awaiting instanceof Awaiting.ReferralFor) {
            return updates.answerUpdate(reply, text, awaiting);
        }
        if (!(awaiting instanceof Awaiting.Nothing)) {
            throw new IllegalStateException("no handler for " + awaiting);
        }
        String normalized = Vocabulary.normalize(text);
        if (reply.state().intake() != null) {
            Optional<IntakeControl> control = intakeFlow.controlIn(normalized);
            return control.isPresent() ? intakeFlow.control(reply, control.get()) : intakeFlow.typed(reply, text);
        }
        if (vocabulary.is(Meaning.START, normalized)) {
            return intakeFlow.startOrResume(reply);
        } else if (vocabulary.is(Meaning.HELP, normalized)) {
            return views.help(reply);
        } else if (vocabulary.is(Meaning.LIST, normalized)) {
            return account.list(reply);
        } else if (vocabulary.is(Meaning.UPDATE, normalized)) {
            return updates.askWhich(reply);
        }
        Optional<Reply> zone = settings.typed(reply, text);
        return zone.isPresent() ? zone.get() : welcome.typed(reply, text);
    }

    /**
     * The message that offers a due follow-up, with its draft ready to copy, its dates on the calendar
     * of a member in {@code zone} ({@link MemberState#zone()}).
     */
    public Outbound reminder(Member member, ZoneId zone, Rejection rejection, FollowUp followUp) {
        return followUps.reminder(member, zone, rejection, followUp);
    }

    /**
     * The one message that gathers the follow-ups due past the day's reminders ({@link #remindersADay()};
     * issue 22): each named briefly (company, whom, what kind), the first few only, the rest counted, with
     * a button that shows the first one in full; each shown one offers the next.
     *
     * @param due at least one follow-up, most pressing first, as they were due in {@code zone}, the member's
     */
    public Outbound gathered(Member member, ZoneId zone, List<DueFollowUp> due) {
        return gathered.message(member, zone, due);
    }

    /** The most reminder messages a member gets in one day of theirs (plan.txt's {@code reminders a day}). */
    public int remindersADay() {
        return playbook.remindersADay();
    }

    /** The member's next morning after {@code now} in {@code zone} (words.txt's {@code reminder_morning}). */
    public Instant nextMorning(ZoneId zone, Instant now) {
        return views.clock().nextMorning(zone, now);
    }

    /** {@link #reminder(String, ZoneId, Rejection, FollowUp)} for a member whose zone is unknown (UTC). */
    public Outbound reminder(Member member, Rejection rejection, FollowUp followUp) {
        return reminder(member, ZoneOffset.UTC, rejection, followUp);
    }

    /**
     * The rejection after one of its follow-ups was delivered (a monthly one plans its next time, in
     * the morning of a member in {@code zone}, issue 21).
     */
    public Rejection afterDelivery(Rejection rejection, FollowUp followUp, Instant now, ZoneId zone) {
        return views.clock().settle(rejection, playbook.inZone(zone).afterDelivery(rejection, followUp, now), zone, now);
    }

    /** {@link #afterDelivery(Rejection, FollowUp, Instant, ZoneId)} for a member whose zone is unknown (UTC). */
    public Rejection afterDelivery(Rejection rejection, FollowUp followUp, Instant now) {
        return afterDelivery(rejection, followUp, now, ZoneOffset.UTC);
    }

    /** A short overview of a member's rejections and upcoming follow-ups, for a home tab. */
    public Outbound overview(Member member, MemberState state) {
        return account.overview(member, state);
    }

    /** The form with this id (today only {@code contact}, the one offered at the contacts step). */
    public Optional<Form> form(String id) {
        return "contact".equals(id) && intake.has("contacts") ? Optional.of(prompt.contactForm(intake.step("contacts")))
                : Optional.empty();
    }

    /** Errors of a submitted form, by field id, in words a member understands; empty when valid. */
    public Map<String, String> formErrors(String formId, Map<String, String> values) {
        if (!ContactForm.ID.equals(formId)) {
            return Map.of("form", views.say(Line.STALE_BUTTON));
        }
        return forms.errors(intake.step("contacts"), values);
    }
}
