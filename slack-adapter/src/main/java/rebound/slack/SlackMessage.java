package rebound.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One Slack message ready to post: the notification text and its Block Kit blocks. */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    /** Slack's limit of blocks per message. */
    static final int MAX_BLOCKS = 50;

    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
