package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Press;

@DisplayName("Rendering choices for Discord")
class RendererTest {

    @Test
    @DisplayName("27 choices (rejections to update) take two menus of at most 25, and every one can be picked")
    void moreThan25Choices() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= 27; i++) {
            choices.add(new Choice("Company " + i, "r" + i, "update:r" + i));
        }
        Outbound menu = Outbound.say(new Member("discord:100000000000000011"), "Which one?").withChoices(choices);

        MessageCreateData rendered = new Renderer(rebound.frontdoor.DoorWords.builtIn()).render(menu).get(0);

        List<StringSelectMenu> menus = rendered.getComponents().stream()
                .flatMap(row -> row.asActionRow().getComponents().stream())
                .filter(StringSelectMenu.class::isInstance).map(StringSelectMenu.class::cast).toList();
        assertThat(menus).hasSize(2).allSatisfy(m -> assertThat(m.getOptions()).hasSizeLessThanOrEqualTo(25));
        assertThat(menus.stream().flatMap(m -> m.getOptions().stream()).map(o -> o.getValue()))
                .containsExactlyElementsOf(choices.stream().map(Choice::action).toList());
        assertThat(menus.stream().map(StringSelectMenu::getCustomId).distinct()).hasSize(2);
        assertThat(menus.get(1).getPlaceholder()).isEqualTo("26–27 of 27");
    }

    @Test
    @DisplayName("a choice whose action is as long as the core allows is carried whole in its custom_id, within "
            + "Discord's 100 characters, so it works after a restart; ids of the earlier form still read")
    void longestActionFitsWhole() {
        String longest = "answered:r1:p1:" + "x".repeat(rebound.conversation.Action.LONGEST - "answered:r1:p1:".length());
        long owner = -1L; // the largest unsigned user id: the longest owner
        Outbound message = Outbound.say(new Member("discord:" + Long.toUnsignedString(owner)), "What happened?")
                .withChoices(List.of(new Choice("Offer", "offer", longest)));

        MessageCreateData rendered = new Renderer(rebound.frontdoor.DoorWords.builtIn()).render(message).get(0);

        String customId = rendered.getComponents().get(0).asActionRow().getButtons().get(0).getCustomId();
        assertThat(customId).hasSizeLessThanOrEqualTo(100);
        Press read = Press.read(customId).orElseThrow();
        assertThat(read.payload()).isEqualTo(longest);
        assertThat(read.ownedBy(message.member())).isTrue();
        assertThat(Press.read("rb:100000000000000011:list").orElseThrow().ownedBy(new Member("discord:100000000000000011")))
                .isTrue();
        Press earlier = Press.read("b:" + Long.toUnsignedString(owner, 36) + ":" + longest).orElseThrow();
        assertThat(earlier.payload()).isEqualTo(longest);
        assertThat(earlier.ownedBy(message.member())).isTrue();
    }

    @Test
    @DisplayName("files ride on the last text message; one over Discord's 10 MiB is said not sent, never posted")
    void files() {
        Outbound message = Outbound.say(new Member("discord:100000000000000011"), "Here are your files.").withAttachments(List.of(
                rebound.frontdoor.Attachment.text("a.csv", "text/csv", "x,y"),
                new rebound.frontdoor.Attachment("big.bin", null, new byte[11 * 1024 * 1024])));
        List<MessageCreateData> rendered = new Renderer(rebound.frontdoor.DoorWords.builtIn()).render(message);
        assertThat(rendered.get(0).getContent()).isEqualTo("Here are your files.");
        assertThat(rendered.get(0).getFiles()).extracting(f -> f.getName()).containsExactly("a.csv");
        assertThat(rendered).hasSize(2);
        assertThat(rendered.get(1).getFiles()).isEmpty();
        assertThat(rendered.get(1).getContent()).contains("big.bin").contains("nothing is lost");
    }
}
