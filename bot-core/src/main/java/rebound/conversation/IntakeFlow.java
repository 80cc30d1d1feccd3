package rebound.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Event;
import rebound.intake.Condition;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.intake.PeoplePending;
import rebound.intake.Reading;
import rebound.intake.Step;
import rebound.intake.StepKind;
import rebound.words.Line;
import rebound.words.Vocabulary.Meaning;
import rebound.words.Vocabulary;

/**
 * The intake under way: starting it, its controls (back, skip, cancel, restart, help), answers typed
 * or pressed, the people added one by one or by form, and the summary's edit and confirm. Every
 * handler that stays in the intake ends with {@link Reply#thenAsk()}: the router asks once.
 */
final class IntakeFlow {

    private final Intake intake;
    private final Views views;
    private final IntakePrompt prompt;
    private final PlanPresenter plans;
    private final Vocabulary vocabulary;
    private final PeopleStep people;
    private final ContactForm forms;

    IntakeFlow(Intake intake, Views views, IntakePrompt prompt, PlanPresenter plans, Vocabulary vocabulary,
               PeopleStep people, ContactForm forms) {
        this.intake = intake;
        this.people = people;
        this.forms = forms;
        this.views = views;
        this.prompt = prompt;
        this.plans = plans;
        this.vocabulary = vocabulary;
    }

    Reply startOrResume(Reply reply) {
        IntakeProgress progress = reply.state().intake();
        if (progress != null) {
            return reply.say(views.say(Line.RESUMED, views.vars(progress))).thenAsk();
        }
        return start(reply);
    }

    Reply startNew(Reply reply) {
        IntakeProgress progress = reply.state().intake();
        if (progress != null && !progress.answers().isEmpty()) {
            reply = reply.say(views.say(Line.NEW_SET_ASIDE, views.vars(progress)));
        }
        return start(reply);
    }

    private Reply start(Reply reply) {
        return reply.with(reply.state().withIntake(IntakeProgress.start(intake))).thenAsk();
    }

    /** The intake control a typed text, normalized, means ("back", "skip", ...), if it is one. */
    Optional<IntakeControl> controlIn(String normalized) {
        for (IntakeControl control : IntakeControl.values()) {
            if (vocabulary.is(meaningOf(control), normalized)) {
                return Optional.of(control);
            }
        }
        return Optional.empty();
    }

    private static Meaning meaningOf(IntakeControl control) {
        return switch (control) {
            case BACK -> Meaning.BACK;
            case SKIP -> Meaning.SKIP;
            case CANCEL -> Meaning.CANCEL;
            case RESTART -> Meaning.RESTART;
            case HELP -> Meaning.HELP;
        };
    }

    /** A control, typed or pressed, while an intake is under way. */
    Reply control(Reply reply, IntakeControl control) {
        IntakeProgress progress = reply.state().intake();
        Step step = intake.step(progress.step());
        if (step.kind() == StepKind.CONTACTS && (control == IntakeControl.BACK || control == IntakeControl.SKIP)) {
            Optional<Reply> handled = control == IntakeControl.BACK ? people.back(reply, progress)
                    : people.skip(reply, progress);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        return switch (control) {
            case BACK -> progress.trail().isEmpty() ? reply.say(views.say(Line.FIRST_STEP)).thenAsk()
                    : moveTo(reply, progress.back());
            case SKIP -> step.optional()
                    ? advance(reply.say(views.say(Line.SKIPPED, Map.of("label", step.label()))),
                            PeopleStep.marked(progress.answered(step.id(), ""), step.id(), ""))
                    : reply.say(views.say(Line.CANNOT_SKIP, Map.of("label", step.label()))).thenAsk();
            case CANCEL -> reply.with(reply.state().withIntake(null))
                    .say(views.say(Line.CANCELLED, views.vars(progress)), List.of(views.startChoice(), views.listChoice()));
            case RESTART -> start(reply.say(views.say(Line.RESTARTED)));
            case HELP -> {
                String help = step.help().render(views.vars(progress));
                yield reply.say(help.isBlank() ? step.hint().render(views.vars(progress)) : help).thenAsk();
            }
        };
    }

    /** An answer typed to the step under way. */
    Reply typed(Reply reply, String text) {
        IntakeProgress progress = reply.state().intake();
        return answer(reply, progress, intake.step(progress.step()), text, false);
    }

    /**
     * An option pressed: only for the step under way. One for another step of the intake under way
     * (an earlier one, or a later one after "back") changes nothing and is told so in words true of
     * both; with no intake under way it is a stale button.
     */
    Reply pressed(Reply reply, Action.Answer pressed) {
        IntakeProgress progress = reply.state().intake();
        if (progress == null) {
            return views.stale(reply);
        }
        if (!progress.step().equals(pressed.step())) {
            return reply.say(views.say(Line.STALE_OTHER_QUESTION)).thenAsk();
        }
        return answer(reply, progress, intake.step(pressed.step()), pressed.value(), true);
    }

    /** Fix or remove pressed on a person, or the part chosen for a line, at the people step only. */
    Reply pressed(Reply reply, Action.Person pressed) {
        IntakeProgress progress = reply.state().intake();
        if (progress == null || !progress.step().equals("contacts")) {
            return views.stale(reply);
        }
        return people.pressed(reply, progress, intake.step("contacts"), pressed);
    }

    /** "Change" pressed at the summary. */
    Reply pressed(Reply reply, Action.Edit pressed) {
        IntakeProgress progress = reply.state().intake();
        if (progress == null || !progress.step().equals(pressed.step())) {
            return views.stale(reply);
        }
        return edit(reply, progress, pressed.target());
    }

    /**
     * The contact form submitted, at the people step only: the person is read as a typed line is
     * ({@link ContactForm}) and read back with fix and remove buttons.
     */
    Reply submitted(Reply reply, Event.FormSubmit form) {
        IntakeProgress progress = reply.state().intake();
        if (!ContactForm.ID.equals(form.form()) || progress == null || !progress.step().equals("contacts")) {
            return views.stale(reply);
        }
        Step step = intake.step("contacts");
        ContactForm.Read read = forms.read(step, form.values());
        return read.why() != null ? prompt.reprompt(reply, step, read.why()) : forms.add(reply, progress, read);
    }

    private Reply answer(Reply reply, IntakeProgress progress, Step step, String typed, boolean pressed) {
        if (step.kind() == StepKind.CONFIRM) {
            return confirm(reply, progress, typed);
        }
        // at the people step, a question of its own (the part, a few words) takes any answer
        boolean ownQuestion = progress.pending() != null && !progress.pending().is(PeoplePending.Waits.FIX);
        boolean freeText = step.kind() == StepKind.TEXT || step.kind() == StepKind.CONTACTS && !ownQuestion;
        if (!pressed && freeText) {
            Optional<Reply> nonAnswer = nonAnswer(reply, progress, step, typed);
            if (nonAnswer.isPresent()) {
                return nonAnswer.get();
            }
        }
        if (step.kind() == StepKind.CONTACTS) {
            if (vocabulary.means(Meaning.DONE, typed) && (pressed || !people.answersItsQuestion(progress, typed))) {
                return done(reply, progress.waitingFor(null), step);
            }
            return pressed ? views.stale(reply) : people.typed(reply, progress, step, typed.strip());
        }
        boolean aboutThePeople = step.kind().picksPeople();
        Step asked = people.withPeople(step, progress.contacts());
        Reading reading = prompt.recognise(asked, typed);
        if (reading instanceof Reading.Answer answer) {
            String value = answer.value();
            if (aboutThePeople && value.contains(",")) {
                // some people and "no one in particular" (as "all" gives): the people win
                value = String.join(",", java.util.Arrays.stream(value.split(","))
                        .filter(v -> Step.personIndex(v) >= 0).toList());
            }
            return advance(reply, PeopleStep.marked(progress.answered(step.id(), value), step.id(), value));
        }
        if (aboutThePeople) {
            return prompt.reprompt(reply, asked, ((Reading.NotUnderstood) reading).why());
        }
        return prompt.reprompt(reply, step, ((Reading.NotUnderstood) reading).why());
    }

    /**
     * A greeting, a question or "I don't know" typed at a free-text step is never kept as the answer
     * (issue 12, section 3): a newcomer's first "hi" or "what is this?" gets the greeting, anything
     * else the step's help or hint, and the question again. A text ending in "?" is a question.
     */
    private Optional<Reply> nonAnswer(Reply reply, IntakeProgress progress, Step step, String typed) {
        String normalized = Vocabulary.normalize(typed);
        String stripped = typed.strip();
        boolean greeting = vocabulary.is(Meaning.GREETING, normalized);
        // any question is one where a name is asked (company, role, targets); a person's line may well end
        // in "?" ("Dana, recruiter, asked why I left?"), so there only a question phrase or a lone "?" is
        boolean asks = step.kind() == StepKind.TEXT ? vocabulary.asks(typed)
                : vocabulary.is(Meaning.QUESTION, normalized) || normalized.isEmpty() && stripped.endsWith("?");
        boolean question = !greeting && asks;
        boolean unsure = !greeting && !question && vocabulary.is(Meaning.UNSURE, normalized);
        if (!greeting && !question && !unsure) {
            return Optional.empty();
        }
        Map<String, String> values = views.vars(progress);
        boolean newcomer = reply.state().rejections().isEmpty() && progress.answers().isEmpty();
        if (newcomer && (greeting || question)) {
            return Optional.of(reply.say(views.say(Line.GREETING)).thenAsk());
        }
        if (greeting) {
            return Optional.of(reply.say(views.say(Line.NONANSWER_GREETING, values)).thenAsk());
        }
        String help = step.help().render(values);
        String hint = step.hint().render(values);
        if (question) {
            values.put("hint", help.isBlank() ? hint : help);
            return Optional.of(reply.say(views.say(Line.NONANSWER_QUESTION, values)).thenAsk());
        }
        values.put("hint", hint.isBlank() ? help : hint);
        values.put("what", step.optional() ? "yes" : "");
        return Optional.of(reply.say(views.say(Line.NONANSWER_UNSURE, values)).thenAsk());
    }

    /** "done" at the people step: on to the next step, unless the stage needs someone and nobody was added. */
    private Reply done(Reply reply, IntakeProgress progress, Step step) {
        boolean required = step.requiredWhen() != Condition.ALWAYS && step.requiredWhen().holds(progress.answers());
        return required && progress.contacts().isEmpty()
                ? prompt.reprompt(reply, step, Line.HINT_CONTACTS_NEEDED.key())
                : advance(reply, progress.answered(step.id(), "done"));
    }

    private Reply advance(Reply reply, IntakeProgress answered) {
        Step next = intake.next(answered.answers(), answered.contacts().size());
        return moveTo(reply, answered.movedTo(next.id()));
    }

    private Reply moveTo(Reply reply, IntakeProgress progress) {
        return reply.with(reply.state().withIntake(progress)).thenAsk();
    }

    private Reply edit(Reply reply, IntakeProgress progress, String stepId) {
        if (!intake.has(stepId) || stepId.equals("confirm")) {
            return views.stale(reply);
        }
        // the old answer stays until a new one replaces it, so "back" returns to a complete summary
        IntakeProgress editing = progress.movedTo(stepId);
        reply = reply.with(reply.state().withIntake(editing));
        String previous = progress.answer(stepId);
        if (previous != null && !previous.isEmpty() && !stepId.equals("contacts")) {
            reply = reply.say(views.say(Line.CURRENT_ANSWER,
                    Map.of("answer", views.display(people.withPeople(intake.step(stepId), progress.contacts()),
                            previous))));
        }
        return reply.thenAsk();
    }

    private Reply confirm(Reply reply, IntakeProgress progress, String typed) {
        String normalized = Vocabulary.normalize(typed);
        String target = vocabulary.after(Meaning.EDIT, normalized);
        if (target != null) {
            Step step = intake.answered(progress.answers(), progress.contacts().size()).stream()
                    .filter(s -> s.id().equals(target.replace(' ', '_'))
                            || Vocabulary.normalize(s.label()).equals(target))
                    .findFirst().orElse(null);
            return step == null ? prompt.reprompt(reply, intake.step("confirm"), Line.HINT_CONFIRM.key())
                    : edit(reply, progress, step.id());
        }
        if (vocabulary.is(Meaning.CONFIRM, normalized)) {
            return plans.finish(reply, progress);
        }
        return prompt.reprompt(reply, intake.step("confirm"), Line.HINT_CONFIRM.key());
    }
}
