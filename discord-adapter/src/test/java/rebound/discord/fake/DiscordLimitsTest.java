package rebound.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fake Discord refuses what Discord refuses")
class DiscordLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode message(String content) {
        return JSON.createObjectNode().put("content", content);
    }

    @Test
    @DisplayName("content over 2,000 characters, and an empty message")
    void content() {
        assertThat(DiscordLimits.ofMessage(message("x".repeat(2000)), false)).isEmpty();
        assertThat(DiscordLimits.ofMessage(message("x".repeat(2001)), false)).isNotEmpty();
        assertThat(DiscordLimits.ofMessage(message(""), false)).isNotEmpty();
    }

    @Test
    @DisplayName("6 rows, 6 buttons in a row, a select of 26 options, a custom_id of 101 characters")
    void components() {
        ObjectNode rows = message("hi");
        ArrayNode six = rows.putArray("components");
        for (int i = 0; i < 6; i++) {
            six.addObject().put("type", 1).putArray("components").addObject().put("type", 2).put("custom_id", "b" + i)
                    .put("label", "b");
        }
        assertThat(DiscordLimits.ofMessage(rows, false)).anyMatch(p -> p.contains("6 action rows"));

        ObjectNode buttons = message("hi");
        ArrayNode row = buttons.putArray("components").addObject().put("type", 1).putArray("components");
        for (int i = 0; i < 6; i++) {
            row.addObject().put("type", 2).put("custom_id", "b" + i).put("label", "b");
        }
        assertThat(DiscordLimits.ofMessage(buttons, false)).anyMatch(p -> p.contains("6 buttons"));

        ObjectNode select = message("hi");
        ArrayNode options = select.putArray("components").addObject().put("type", 1).putArray("components")
                .addObject().put("type", 3).put("custom_id", "x".repeat(101)).putArray("options");
        for (int i = 0; i < 26; i++) {
            options.addObject().put("label", "o" + i).put("value", "v" + i);
        }
        assertThat(DiscordLimits.ofMessage(select, false)).anyMatch(p -> p.contains("26 options"))
                .anyMatch(p -> p.contains("custom_id"));
    }

    @Test
    @DisplayName("a modal title or label over 45 characters")
    void modal() {
        ObjectNode modal = JSON.createObjectNode().put("title", "t".repeat(46)).put("custom_id", "m");
        modal.putArray("components").addObject().put("type", 18).put("label", "l".repeat(46))
                .putObject("component").put("type", 4).put("custom_id", "name");
        assertThat(DiscordLimits.ofModal(modal)).hasSize(2);
    }
}
