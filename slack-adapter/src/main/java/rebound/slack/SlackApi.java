package rebound.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import rebound.frontdoor.Member;
import rebound.frontdoor.Attachment;

/**
 * Posts to a member's DM with the app through the Web API: {@code conversations.open} once per
 * member (remembered), then {@code chat.postMessage} per message, either at once ({@link #post}) or
 * through the Slack SDK's rate-limited queue ({@link #postPaced}, see {@link SdkPacing}). Every
 * refusal of a call made at once — an HTTP 429 with its {@code Retry-After}, an {@code ok: false}, a
 * broken connection — becomes a {@link SlackRefusal}.
 */
final class SlackApi {

    private final Workspaces workspaces;
    private final Map<Member, String> channels = new ConcurrentHashMap<>();

    /**
     * Calls made with the token of each member's workspace ({@link Workspaces}): a client for calls
     * made at once, a paced one (from the same {@code Slack}) for paced posts.
     */
    SlackApi(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    String channelOf(Member member) throws SlackRefusal {
        String known = channels.get(member);
        if (known != null) {
            return known;
        }
        MethodsClient client = workspaces.client(member);
        ConversationsOpenResponse opened = call("conversations.open",
                () -> client.conversationsOpen(r -> r.users(List.of(Members.userId(member)))));
        String channel = opened.getChannel().getId();
        channels.put(member, channel);
        return channel;
    }

    /** Posts {@code messages} to {@code channel} at once, with the token of {@code member}'s workspace. */
    void post(Member member, String channel, List<SlackMessage> messages) throws SlackRefusal {
        MethodsClient client = workspaces.client(member);
        for (SlackMessage message : messages) {
            call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                    .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false)));
        }
    }

    /**
     * Hands one message for {@code channel} to the SDK's queue, which posts it when the channel's
     * pace allows and posts it again after {@code Retry-After} when Slack answers 429. The future
     * holds Slack's answer ({@code ok: false} included); it fails with the SDK's
     * {@code MethodsCompletionException} on a broken connection, and on a 429 only when the SDK
     * could not learn the workspace (then it ran the call outside its queue).
     *
     * @throws java.util.concurrent.RejectedExecutionException when the app is closing
     * @throws SlackRefusal when {@code member}'s workspace has no installation (nothing is posted)
     */
    CompletableFuture<ChatPostMessageResponse> postPaced(Member member, String channel, SlackMessage message)
            throws SlackRefusal {
        return workspaces.paced(member).chatPostMessage(ChatPostMessageRequest.builder().channel(channel).text(message.text())
                .blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false).build());
    }

    /**
     * Uploads {@code files} into {@code channel} with the SDK's {@code files.uploadV2} (Slack's flow:
     * {@code files.getUploadURLExternal} with each file's length in bytes, the upload POST, then
     * {@code files.completeUploadExternal} with {@code channel_id}); blocks until Slack answered.
     *
     * @throws SlackRefusal when any step is refused (an {@code ok: false}, an upload answered other than
     *     200, a broken connection)
     */
    void upload(Member member, String channel, List<Attachment> files) throws SlackRefusal {
        MethodsClient client = workspaces.client(member);
        List<FilesUploadV2Request.UploadFile> uploads = files.stream().map(f -> FilesUploadV2Request.UploadFile.builder()
                .filename(f.name()).title(f.name()).fileData(f.content()).build()).toList();
        try {
            FilesUploadV2Response uploaded = client.filesUploadV2(r -> r.channel(channel).uploadFiles(uploads));
            if (!uploaded.isOk()) {
                throw new SlackRefusal("files.uploadV2: " + uploaded.getError(), 0, null);
            }
        } catch (SlackFilesUploadV2Exception e) {
            throw new SlackRefusal("files.uploadV2: " + refusedStep(e), 0, e);
        } catch (SlackApiException e) {
            throw new SlackRefusal("files.uploadV2: HTTP " + e.getResponse().code(), retryAfter(e), e);
        } catch (IOException e) {
            throw new SlackRefusal("files.uploadV2: " + e.getMessage(), 0, e);
        }
    }

    /** Which step of the upload Slack refused, and how. */
    private static String refusedStep(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null) {
            return "files.completeUploadExternal " + e.getCompleteResponse().getError();
        }
        for (FilesUploadV2Response.UploadResponse upload : e.getUploadResponses().values()) {
            if (upload.getCode() != 200) {
                return "upload HTTP " + upload.getCode();
            }
        }
        return e.getGetURLResponses().stream().filter(r -> !r.isOk()).map(r -> "files.getUploadURLExternal " + r.getError())
                .findFirst().orElse("refused");
    }

    void postToMember(Member member, List<SlackMessage> messages) throws SlackRefusal {
        post(member, channelOf(member), messages);
    }

    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    static <T extends SlackApiTextResponse> T call(String method, Call<T> call) throws SlackRefusal {
        try {
            T response = call.run();
            if (!response.isOk()) {
                throw new SlackRefusal(method + ": " + response.getError(), 0, null);
            }
            return response;
        } catch (SlackApiException e) {
            throw new SlackRefusal(method + ": HTTP " + e.getResponse().code(), retryAfter(e), e);
        } catch (IOException e) {
            throw new SlackRefusal(method + ": " + e.getMessage(), 0, e);
        }
    }

    /** Seconds Slack asked to wait in a refusal: its {@code Retry-After}, 1 for a 429 without one, 0 otherwise. */
    static long retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        if (header == null) {
            return e.getResponse().code() == 429 ? 1 : 0;
        }
        try {
            return Math.max(1, Long.parseLong(header.trim()));
        } catch (NumberFormatException notSeconds) {
            return 1;
        }
    }
}
