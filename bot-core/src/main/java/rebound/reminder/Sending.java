package rebound.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Outbound;

/**
 * One follow-up claimed for sending: which one ({@code rejectionId}, {@code followUpId}), the moment
 * of the claim ({@code since}, so the mark touches only that claim) and the reminder rendered then.
 */
record Sending(String rejectionId, String followUpId, java.time.Instant since, Outbound message) {

    private static final Logger LOG = LoggerFactory.getLogger(Sending.class);

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
            LOG.error("Sending a reminder to {} failed unexpectedly; it may have been delivered", message.member(),
                    unexpected);
            return new Sent.Uncertain(unexpected.toString());
        }
    }
}
