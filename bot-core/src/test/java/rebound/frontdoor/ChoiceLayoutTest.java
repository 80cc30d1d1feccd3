package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core lays out a message's choices for each platform's capabilities (issue 19). */
@DisplayName("Choices laid out per platform")
class ChoiceLayoutTest {

    /** Discord's numbers (discord-adapter's Renderer states them with their sources). */
    private static final Capabilities DISCORD = new Capabilities(5, 5, 25, 80, 100, 2000);
    /** Slack's numbers (slack-adapter's Renderer states them with their sources). */
    private static final Capabilities SLACK = new Capabilities(25, 50, 100, 75, 255, 3000);
    private static final Form FORM = new Form("contact", "Add a person", "Add", List.of());

    private static Outbound asking(int choices, boolean multiple, Form form) {
        List<Choice> all = IntStream.rangeClosed(1, choices)
                .mapToObj(n -> new Choice("Choice " + n, "v" + n, "answer:s:v" + n)).toList();
        return new Outbound(new Member("discord:1"), "Pick", "s", all, multiple, List.of(), List.of(), false, form);
    }

    @Test
    @DisplayName("up to five choices are one row of buttons on either platform, in order")
    void fewAreButtons() {
        for (Capabilities platform : List.of(DISCORD, SLACK)) {
            ChoiceLayout layout = ChoiceLayout.of(asking(5, false, null), platform);
            assertThat(layout.rows()).singleElement().isInstanceOfSatisfying(ChoiceLayout.Buttons.class,
                    row -> assertThat(row.choices()).extracting(Choice::value).containsExactly("v1", "v2", "v3", "v4", "v5"));
        }
    }

    @Test
    @DisplayName("a platform with fewer buttons a row turns fewer choices into a menu")
    void narrowPlatform() {
        Capabilities narrow = new Capabilities(3, 5, 25, 80, 100, 2000);
        assertThat(ChoiceLayout.of(asking(4, false, null), narrow).rows()).singleElement()
                .isInstanceOf(ChoiceLayout.Menu.class);
        assertThat(ChoiceLayout.of(asking(3, false, null), narrow).rows()).singleElement()
                .isInstanceOf(ChoiceLayout.Buttons.class);
    }

    @Test
    @DisplayName("six to twenty-five choices are one menu holding them all")
    void manyAreOneMenu() {
        ChoiceLayout layout = ChoiceLayout.of(asking(25, false, null), DISCORD);
        assertThat(layout.rows()).singleElement().isInstanceOfSatisfying(ChoiceLayout.Menu.class, menu -> {
            assertThat(menu.choices()).hasSize(25);
            assertThat(menu.oneOfSeveral()).isFalse();
        });
    }

    @Test
    @DisplayName("27 rejections take two menus on Discord (25 a menu), each saying which it holds; one on Slack (100)")
    void menusPerPlatform() {
        List<ChoiceLayout.Row> discord = ChoiceLayout.of(asking(27, false, null), DISCORD).rows();
        assertThat(discord).hasSize(2).allSatisfy(row -> assertThat(row).isInstanceOf(ChoiceLayout.Menu.class));
        ChoiceLayout.Menu second = (ChoiceLayout.Menu) discord.get(1);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.from()).isEqualTo(26);
        assertThat(second.total()).isEqualTo(27);
        assertThat(second.choices()).extracting(Choice::value).containsExactly("v26", "v27");
        assertThat(second.oneOfSeveral()).isTrue();

        assertThat(ChoiceLayout.of(asking(27, false, null), SLACK).rows()).singleElement()
                .isInstanceOfSatisfying(ChoiceLayout.Menu.class, menu -> assertThat(menu.choices()).hasSize(27));
    }

    @Test
    @DisplayName("menus never take more rows than the message has, and leave the form's button one")
    void rowsBound() {
        assertThat(ChoiceLayout.of(asking(200, false, null), DISCORD).rows()).hasSize(5);
        assertThat(ChoiceLayout.of(asking(200, false, FORM), DISCORD).rows()).hasSize(4);
    }

    @Test
    @DisplayName("several to pick are one menu of several, at most a menu's entries")
    void several() {
        assertThat(ChoiceLayout.of(asking(30, true, null), DISCORD).rows()).singleElement()
                .isInstanceOfSatisfying(ChoiceLayout.Several.class, menu -> assertThat(menu.choices()).hasSize(25));
        assertThat(ChoiceLayout.of(asking(3, true, null), SLACK).rows()).singleElement()
                .isInstanceOf(ChoiceLayout.Several.class);
    }

    @Test
    @DisplayName("labels are cut to the platform's length; a blank one reads ?; no choices, no rows")
    void labels() {
        Outbound long_ = asking(1, false, null).withChoices(List.of(new Choice("x".repeat(90), "v", "a"),
                new Choice("  ", "w", "b")));
        List<Choice> discord = ((ChoiceLayout.Buttons) ChoiceLayout.of(long_, DISCORD).rows().get(0)).choices();
        List<Choice> slack = ((ChoiceLayout.Buttons) ChoiceLayout.of(long_, SLACK).rows().get(0)).choices();
        assertThat(discord.get(0).label()).hasSize(80);
        assertThat(slack.get(0).label()).hasSize(75);
        assertThat(discord.get(1).label()).isEqualTo("?");
        assertThat(discord.get(0).action()).isEqualTo("a");
        assertThat(ChoiceLayout.of(Outbound.say(new Member("discord:1"), "hi"), DISCORD).rows()).isEmpty();
    }
}
