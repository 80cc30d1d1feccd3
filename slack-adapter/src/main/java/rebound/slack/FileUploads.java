package rebound.slack;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Member;

/**
 * Puts the files of an answer (the export, the calendar) into the member's channel through Slack's
 * {@code files.uploadV2} flow ({@link SlackApi#upload}). A refused upload loses nothing kept: it is
 * logged once, and the member is told in plain words ({@code file_not_sent}) that the file did not
 * come and that asking again works.
 */
final class FileUploads {

    private static final Logger LOG = LoggerFactory.getLogger(FileUploads.class);

    private final SlackApi api;
    private final DoorWords words;

    FileUploads(SlackApi api, DoorWords words) {
        this.api = api;
        this.words = words;
    }

    /**
     * Uploads {@code files} into {@code channel} for {@code member}; blocks until Slack answered.
     *
     * @return the messages to post instead when Slack refused (one line per file not sent); empty when all came
     */
    List<SlackMessage> upload(Member member, String channel, List<Attachment> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<Attachment> tooLarge = files.stream().filter(f -> f.size() > Attachment.SLACK_MOST_BYTES).toList();
        List<Attachment> fitting = files.stream().filter(f -> f.size() <= Attachment.SLACK_MOST_BYTES).toList();
        try {
            if (!fitting.isEmpty()) {
                api.upload(member, channel, fitting);
            }
        } catch (SlackRefusal refusal) {
            LOG.warn("Slack refused the files for {} ({}); they were told to ask again", member.logName(),
                    refusal.getMessage());
            return notices(files);
        }
        if (!tooLarge.isEmpty()) {
            LOG.warn("{} file(s) for {} are past Slack's 1 GB; they were told", tooLarge.size(), member.logName());
        }
        return notices(tooLarge);
    }

    private List<SlackMessage> notices(List<Attachment> files) {
        return files.stream().map(f -> new SlackMessage(words.say("file_not_sent", Map.of("name", f.name())), List.of()))
                .toList();
    }
}
