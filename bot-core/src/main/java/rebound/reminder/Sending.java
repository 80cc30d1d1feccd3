package rebound.reminder;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.text.LogName;

/**
 * One reminder message claimed for sending: the follow-ups it carries ({@code followUps}: one, or the
 * several a gathered message lists, issue 22), the moment of the claim ({@code since}, so the mark touches
 * only that claim), the message rendered then, and whether it is a gathered one.
 */
record Sending(List<Claimed> followUps, Instant since, Outbound message, boolean gathered) {

    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);

    /** One follow-up of the message: its rejection's id and its own. */
    record Claimed(String rejectionId, String followUpId) {
    }

    Sending {
        followUps = List.copyOf(followUps);
    }

    /** Hands the reminder to {@code messenger}, outside any update, and says what the platform answered. */
    Sent sendThrough(Messenger messenger) {
        try {
            messenger.deliver(message);
            return new Sent.Delivered();
        } catch (Messenger.DeliveryRefused refused) {
            return new Sent.Refused(refused.getMessage(), refused.retryAfterSeconds());
        } catch (Messenger.DeliveryUncertain uncertain) {
            return new Sent.Uncertain(uncertain.getMessage());
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error unexpected) {
            // issue 22: a member appears in logs only as a short keyed hash
            LOG.error("Sending a reminder to {} failed unexpectedly; it may have been delivered",
                    message.member().logName(), unexpected);
            return new Sent.Uncertain(unexpected.toString());
        }
    }
}
