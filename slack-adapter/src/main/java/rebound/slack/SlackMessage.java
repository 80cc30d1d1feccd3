package rebound.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import rebound.frontdoor.Attachment;

/**
 * One Slack message ready to post: the notification text, its Block Kit blocks, and the files to
 * upload into the same channel right after it (Slack's {@code files.uploadV2} flow; a message cannot
 * carry them itself, and a {@code response_url} cannot carry them at all).
 */
record SlackMessage(String text, List<LayoutBlock> blocks, List<Attachment> files) {

    /** Slack's limit of blocks per message. */
    static final int MAX_BLOCKS = 50;

    SlackMessage {
        blocks = List.copyOf(blocks);
        files = files == null ? List.of() : List.copyOf(files);
    }

    SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, List.of());
    }

    /** The same message, without its files (what a response_url can take). */
    SlackMessage withoutFiles() {
        return new SlackMessage(text, blocks, List.of());
    }
}
