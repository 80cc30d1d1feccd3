package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.Choice;
import rebound.conversation.Outbound;

@DisplayName("Rendering choices for Discord")
class RendererTest {

    @Test
    @DisplayName("27 choices (rejections to update) take two menus of at most 25, and every one can be picked")
    void moreThan25Choices() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            choices.add(new Choice("Company " + i, "r" + i, "update:r" + i));
        }
        Outbound menu = Outbound.say("discord:100000000000000011", "Which one?").withChoices(choices);

        MessageCreateData rendered = new Renderer(new ActionCodes(), rebound.frontdoor.DoorWords.builtIn()).render(menu).get(0);

        List<StringSelectMenu> menus = rendered.getComponents().stream()
                .flatMap(row -> row.asActionRow().getComponents().stream())
                .filter(StringSelectMenu.class::isInstance).map(StringSelectMenu.class::cast).toList();
        assertThat(menus).hasSize(2).allSatisfy(m -> assertThat(m.getOptions()).hasSizeLessThanOrEqualTo(25));
        assertThat(menus.stream().flatMap(m -> m.getOptions().stream()).map(o -> o.getValue()))
                .containsExactlyElementsOf(choices.stream().map(Choice::action).toList());
        assertThat(menus.stream().map(StringSelectMenu::getCustomId).distinct()).hasSize(2);
        assertThat(menus.get(1).getPlaceholder()).isEqualTo("26–27 of 27");
    }
}
