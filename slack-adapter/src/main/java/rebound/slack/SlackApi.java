package rebound.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts to a member's DM with the app through the Web API: {@code conversations.open} once per
 * member (remembered), then {@code chat.postMessage} per message. Every refusal — an HTTP 429 with
 * its {@code Retry-After}, an {@code ok: false}, a broken connection — becomes a {@link SlackRefusal}.
 */
final class SlackApi {

    private final MethodsClient client;
    private final Map<String, String> channels = new ConcurrentHashMap<>();

    SlackApi(MethodsClient client) {
        this.client = client;
    }

    String channelOf(String member) throws SlackRefusal {
        String known = channels.get(member);
        if (known != null) {
            return known;
        }
        ConversationsOpenResponse opened = call("conversations.open",
                () -> client.conversationsOpen(r -> r.users(List.of(Members.userId(member)))));
        String channel = opened.getChannel().getId();
        channels.put(member, channel);
        return channel;
    }

    void post(String channel, List<SlackMessage> messages) throws SlackRefusal {
        for (SlackMessage message : messages) {
            call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                    .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false)));
        }
    }

    void postToMember(String member, List<SlackMessage> messages) throws SlackRefusal {
        post(channelOf(member), messages);
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

    private static long retryAfter(SlackApiException e) {
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
