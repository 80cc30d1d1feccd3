package rebound.frontdoor;

import java.time.ZoneId;

/**
 * One event from one member. {@code deliveryId} is optional: when a platform may deliver the same
 * event twice, the same id makes the second delivery change nothing (within
 * {@link MemberState#SEEN_FOR}). The member was checked when made ({@link Member}), the delivery id is
 * checked here, once, for every way in ({@link KeyText}). {@code zone} is the member's time zone when their platform gives it with the
 * event (Slack's {@code users.info}, the terminal's system zone, a JSON line's {@code zone}), or null:
 * a zone that differs from the one kept moves the member there (issue 21, {@link MemberClock#moveTo}),
 * unless the member chose their zone themselves ({@link MemberState#zoneChosen()}).
 *
 * @throws KeyText.Refused when the delivery id may not be kept
 * @throws IllegalArgumentException when the member or the event is missing
 */
public record Inbound(Member member, Event event, String deliveryId, ZoneId zone) {

    public Inbound {
        if (member == null) {
            throw new IllegalArgumentException("an inbound event needs a member");
        }
        if (event == null) {
            throw new IllegalArgumentException("an inbound event needs an event");
        }
        if (deliveryId != null && deliveryId.isBlank()) {
            deliveryId = null;
        }
        if (deliveryId != null) {
            KeyText.check("id", deliveryId);
        }
    }

    /** An event with no zone from the platform: the member's kept zone stands. */
    public Inbound(Member member, Event event, String deliveryId) {
        this(member, event, deliveryId, null);
    }

    public static Inbound text(Member member, String text) {
        return new Inbound(member, new Event.Text(text), null);
    }

    public static Inbound command(Member member, String args) {
        return new Inbound(member, new Event.Command(args), null);
    }

    public static Inbound action(Member member, String action) {
        return new Inbound(member, new Event.Action(action), null);
    }

    public Inbound withDeliveryId(String id) {
        return new Inbound(member, event, id, zone);
    }

    /** The same event, with the member's zone as their platform gives it (null: none given). */
    public Inbound withZone(ZoneId given) {
        return new Inbound(member, event, deliveryId, given);
    }
}
