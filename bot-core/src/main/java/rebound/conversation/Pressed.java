package rebound.conversation;

/**
 * What each pressed choice leads to, given the turn so far. Adding an {@link Action} kind makes the
 * compiler point here.
 */
final class Pressed implements Action.Visitor<Reply, Reply> {

    private final Views views;
    private final Commands commands;
    private final IntakeFlow intakeFlow;
    private final AccountCommands account;
    private final FollowUps followUps;
    private final UpdateFlow updates;
    private final GatheredReminders gathered;

    Pressed(Views views, Commands commands, IntakeFlow intakeFlow, AccountCommands account, FollowUps followUps,
            UpdateFlow updates, GatheredReminders gathered) {
        this.gathered = gathered;
        this.views = views;
        this.commands = commands;
        this.intakeFlow = intakeFlow;
        this.account = account;
        this.followUps = followUps;
        this.updates = updates;
    }

    public Reply start(Action.Start action, Reply reply) {
        return intakeFlow.startOrResume(reply);
    }

    public Reply command(Action.Command action, Reply reply) {
        return commands.run(reply, action.args());
    }

    public Reply answer(Action.Answer action, Reply reply) {
        return intakeFlow.pressed(reply, action);
    }

    public Reply edit(Action.Edit action, Reply reply) {
        return intakeFlow.pressed(reply, action);
    }

    public Reply control(Action.Control action, Reply reply) {
        return reply.state().intake() == null ? views.stale(reply) : intakeFlow.control(reply, action.control());
    }

    public Reply forget(Action.Forget action, Reply reply) {
        return account.answerForget(reply, action.yes());
    }

    public Reply pickRejection(Action.PickRejection action, Reply reply) {
        return updates.askOutcome(reply, action.rejection());
    }

    public Reply snooze(Action.Snooze action, Reply reply) {
        return followUps.snooze(reply, action);
    }

    public Reply stop(Action.Stop action, Reply reply) {
        return followUps.stop(reply, action);
    }

    public Reply stopAll(Action.StopAll action, Reply reply) {
        return followUps.stopAll(reply, action);
    }

    public Reply cadence(Action.Cadence action, Reply reply) {
        return followUps.cadence(reply, action);
    }

    public Reply outcome(Action.Outcome action, Reply reply) {
        return followUps.outcome(reply, action);
    }

    public Reply answered(Action.Answered action, Reply reply) {
        return updates.answered(reply, action);
    }

    public Reply referredTo(Action.ReferredTo action, Reply reply) {
        return updates.referredTo(reply, action);
    }

    public Reply sent(Action.Sent action, Reply reply) {
        return followUps.sent(reply, action);
    }

    public Reply person(Action.Person action, Reply reply) {
        return intakeFlow.pressed(reply, action);
    }

    public Reply show(Action.Show action, Reply reply) {
        return gathered.show(reply, action);
    }
}
