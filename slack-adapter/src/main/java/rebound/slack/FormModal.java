package rebound.slack;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Form;
import rebound.frontdoor.Texts;

/**
 * A core {@link Form} as a Slack modal: one input block per field, whose {@code block_id} is the
 * field id, so the core's field errors map straight onto {@code response_action: errors}. The
 * modal's private metadata is the DM channel the answer goes to.
 */
final class FormModal {

    private static final int MAX_TITLE = 24;
    private static final int MAX_INPUT = 3000;

    private FormModal() {
    }

    static String callbackId(String formId) {
        return ComponentIds.form(formId);
    }

    static View of(Form form, String replyChannel, DoorWords words) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Form.Field field : form.fields()) {
            PlainTextInputElement.PlainTextInputElementBuilder input = PlainTextInputElement.builder()
                    .actionId(field.id());
            if (field.placeholder() != null && !field.placeholder().isBlank()) {
                input.placeholder(Renderer.plain(field.placeholder()));
            }
            if (field.maxLength() > 0) {
                input.maxLength(Math.min(field.maxLength(), MAX_INPUT));
            }
            blocks.add(InputBlock.builder().blockId(field.id()).label(Renderer.plain(field.label()))
                    .optional(field.optional()).element(input.build()).build());
        }
        return View.builder().type("modal").callbackId(callbackId(form.id()))
                .title(ViewTitle.builder().type("plain_text").text(Texts.cut(form.title(), MAX_TITLE)).build())
                .submit(ViewSubmit.builder().type("plain_text").text(Texts.cut(form.submitLabel(), MAX_TITLE)).build())
                .close(ViewClose.builder().type("plain_text").text(words.say("cancel")).build())
                .privateMetadata(replyChannel == null ? "" : replyChannel)
                .blocks(blocks).build();
    }

    /** The submitted values by field id (block id); an empty field is left out. */
    static Map<String, String> values(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, byAction) -> byAction.values().forEach(value -> {
            if (value.getValue() != null && !value.getValue().isBlank()) {
                values.put(blockId, value.getValue());
            }
        }));
        return values;
    }
}
