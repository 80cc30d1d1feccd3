package rebound.frontdoor;

import java.util.List;

/**
 * Where the answers of one turn go on a platform: a DM, an interaction's reply, a Slack
 * {@code response_url}. An adapter implements it by rendering and posting; the {@link FrontDoor}
 * calls it after the turn is committed.
 */
public interface ReplyChannel {

    /**
     * Posts the core's answers, in order. It should not wait for the platform on the calling thread
     * (the door's workers also run the commits): a channel that posts asynchronously reports a
     * failure itself, by calling {@link #fail(String)} with the playbook's {@code failed} line.
     *
     * @throws Exception when the platform refuses or cannot be reached before the call returns; the
     *     front door then tells the member through {@link #fail(String)}
     */
    void send(List<Outbound> answers) throws Exception;

    /**
     * Tells the member the turn failed ({@code words} is the playbook's {@code failed} line). Best
     * effort: it must not throw past the platform call it makes.
     */
    void fail(String words) throws Exception;
}
