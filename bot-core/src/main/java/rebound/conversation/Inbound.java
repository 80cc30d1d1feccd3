package rebound.conversation;

/**
 * One event from one member. {@code deliveryId} is optional: when a platform may deliver the same
 * event twice, the same id makes the second delivery change nothing.
 */
public record Inbound(String member, Event event, String deliveryId) {

    public Inbound {
        if (member == null || member.isBlank()) {
            throw new IllegalArgumentException("an inbound event needs a member");
        }
        if (event == null) {
            throw new IllegalArgumentException("an inbound event needs an event");
        }
        if (deliveryId != null && deliveryId.isBlank()) {
            deliveryId = null;
        }
    }

    public static Inbound text(String member, String text) {
        return new Inbound(member, new Event.Text(text), null);
    }

    public static Inbound command(String member, String args) {
        return new Inbound(member, new Event.Command("rejected", args), null);
    }

    public static Inbound action(String member, String action) {
        return new Inbound(member, new Event.Action(action), null);
    }

    public Inbound withDeliveryId(String id) {
        return new Inbound(member, event, id);
    }
}
