package rebound.conversation;

import rebound.frontdoor.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Form;
import rebound.frontdoor.Outbound;
import rebound.intake.AnswerReader;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.Reading;
import rebound.intake.Step;
import rebound.intake.StepKind;
import rebound.rejection.Contact;
import rebound.words.Line;

/**
 * The intake's questions as one prompt: it asks a step (with its choices and form), recognises a
 * typed answer, and re-prompts with what fits when it is not understood. Asking again lives here,
 * called once per turn by the router.
 */
final class IntakePrompt {

    private final Intake intake;
    private final Views views;
    private final AnswerReader reader;
    private final PeopleStep people;

    IntakePrompt(Intake intake, Views views, AnswerReader reader, PeopleStep people) {
        this.intake = intake;
        this.people = people;
        this.views = views;
        this.reader = reader;
    }

    /** What {@code typed} is as an answer to {@code step}. */
    Reading recognise(Step step, String typed) {
        return reader.read(step, typed);
    }

    /** Says why the answer does not fit {@code step} (the words.txt line {@code why}), then asks again. */
    Reply reprompt(Reply reply, Step step, String why) {
        Map<String, String> values = views.vars(reply.state().intake());
        values.put("options", Views.optionList(step.options()));
        values.put("label", step.label());
        String stepHint = step.hint().render(values);
        values.put("hint", views.words().say(why, values) + (stepHint.isBlank() ? "" : "\n" + stepHint));
        return reply.say(views.say(Line.NOT_UNDERSTOOD, values)).thenAsk();
    }

    /**
     * The question of the intake under way in {@code reply}'s state, with its choices and form.
     *
     * @param again whether the member has seen this question already (asked again after an answer that
     *              did not fit, help or a resume; or an answer being edited from the summary): its prompt
     *              gets the variable {@code again}, so what is said once ("I'm sorry it was a no") is not
     *              said again
     */
    Outbound ask(Member member, IntakeProgress progress, boolean again) {
        Step intakeStep = intake.step(progress.step());
        Step step = people.withPeople(intakeStep, progress.contacts());
        if (step.kind() == StepKind.CONTACTS && progress.pending() != null) {
            return people.pendingQuestion(member, progress);
        }
        Map<String, String> values = views.vars(progress);
        values.put("again", again ? "yes" : "");
        String prompt = step.prompt().render(values);
        List<Choice> choices = new ArrayList<>();
        Form form = null;
        switch (step.kind()) {
            case ONE, YES_NO, SEVERAL, PERSON, PEOPLE -> step.options().forEach(o ->
                    choices.add(Action.choice(o.label(), o.value(), new Action.Answer(step.id(), o.value()))));
            case CONTACTS -> {
                if (!progress.contacts().isEmpty()) {
                    prompt = views.say(Line.CONTACTS_SO_FAR, Map.of("list", contactList(progress.contacts())))
                            + "\n\n" + views.say(Line.CONTACTS_MORE, values);
                }
                // nobody yet, and nobody needed (only an application): say so in one tap (issue 12, section 3)
                boolean nobodyNeeded = step.requiredWhen() != rebound.intake.Condition.ALWAYS
                        && !step.requiredWhen().holds(progress.answers());
                Line done = progress.contacts().isEmpty() && nobodyNeeded ? Line.CHOICE_NOBODY : Line.CHOICE_DONE;
                choices.add(Action.choice(views.say(done), "done", new Action.Answer(step.id(), "done")));
                form = contactForm(step);
            }
            case CONFIRM -> {
                prompt = summary(progress) + "\n\n" + prompt;
                choices.add(Action.choice(views.say(Line.CHOICE_YES_DRAFTS), "yes", new Action.Answer(step.id(), "yes")));
                for (Step answered : intake.answered(progress.answers(), progress.contacts().size())) {
                    choices.add(Action.choice(views.say(Line.CHOICE_CHANGE, Map.of("label", answered.label())),
                            "edit " + answered.id(), new Action.Edit(step.id(), answered.id())));
                }
                choices.add(Action.choice(views.say(Line.CHOICE_CANCEL), "cancel",
                        new Action.Control(IntakeControl.CANCEL)));
            }
            case TEXT -> {
                if (step.optional()) {
                    choices.add(Action.choice(views.say(Line.CHOICE_SKIP), "skip", new Action.Control(IntakeControl.SKIP)));
                }
            }
            default -> {
            }
        }
        return new Outbound(member, prompt, step.id(), choices,
                step.kind() == StepKind.SEVERAL || step.kind() == StepKind.PEOPLE,
                List.of(), List.of(), false, form);
    }

    Form contactForm(Step step) {
        String parts = step.options().stream().map(Option::label).collect(Collectors.joining(", "));
        return new Form("contact", views.say(Line.FORM_CONTACT_TITLE), views.say(Line.FORM_CONTACT_SUBMIT), List.of(
                new Form.Field("name", views.say(Line.FORM_FIELD_NAME), views.say(Line.FORM_PLACEHOLDER_NAME), false,
                        80),
                new Form.Field("part", views.say(Line.FORM_FIELD_PART),
                        views.say(Line.FORM_PLACEHOLDER_PART, Map.of("options", parts)), true, 40),
                new Form.Field("detail", views.say(Line.FORM_FIELD_DETAIL), views.say(Line.FORM_PLACEHOLDER_DETAIL),
                        true, step.maxLength())));
    }

    private String summary(IntakeProgress progress) {
        StringBuilder text = new StringBuilder(views.say(Line.SUMMARY_HEADER, views.vars(progress)));
        for (Step step : intake.answered(progress.answers(), progress.contacts().size())) {
            String answer = step.kind() == StepKind.CONTACTS ? contactList(progress.contacts())
                    : views.display(people.withPeople(step, progress.contacts()), progress.answer(step.id()));
            text.append('\n').append(views.say(Line.SUMMARY_LINE, Map.of("label", step.label(), "answer", answer)));
        }
        if (!progress.contacts().isEmpty()) {
            // issue 18: once before the drafts, the greeting and the topic each note will use
            String tone = progress.answer("tone") == null ? "" : progress.answer("tone");
            text.append("\n\n").append(views.say(Line.SUMMARY_NOTES_HEADER));
            progress.contacts().forEach(c -> text.append('\n').append(people.notePreview(c, tone)));
        }
        return text.toString();
    }

    private String contactList(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return "-";
        }
        Step step = intake.step("contacts");
        // someone given only by their part is named by it ("the recruiter"): the part is not said twice
        return contacts.stream().map(c -> views.say(Line.SUMMARY_CONTACT, Map.of("name", people.who(c),
                        "part", c.part().isEmpty() || !c.named() ? "" : step.labelOf(c.part()).toLowerCase(Locale.ROOT),
                        "detail", c.detail())))
                .collect(Collectors.joining("; "));
    }
}
