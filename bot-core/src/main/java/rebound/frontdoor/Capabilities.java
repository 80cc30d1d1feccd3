package rebound.frontdoor;

/**
 * What one platform's messages can hold, stated once by its adapter, from which the core lays out a
 * message's choices ({@link ChoiceLayout}), as botbuilder's {@code ChoiceFactory.forChannel} decides
 * per channel (issue 19). Counts are per message; lengths are in UTF-16 characters.
 *
 * @param buttonsPerRow most buttons side by side in one row (a Discord action row, a Slack actions block)
 * @param rowsPerMessage most rows of components in one message
 * @param optionsPerMenu most entries in one select menu
 * @param labelLength longest label of a button or menu entry
 * @param idLength longest id a component carries back (where a {@link Press} is written)
 * @param textLength longest text of one message (or one text block)
 */
public record Capabilities(int buttonsPerRow, int rowsPerMessage, int optionsPerMenu, int labelLength, int idLength,
        int textLength) {

    /**
     * Checks the platform's numbers.
     *
     * @throws IllegalArgumentException when a count is below 1, or ids are too short for a {@link Press}
     */
    public Capabilities {
        if (buttonsPerRow < 1 || rowsPerMessage < 1 || optionsPerMenu < 1 || labelLength < 1 || textLength < 1) {
            throw new IllegalArgumentException("a platform takes at least one of each");
        }
        if (idLength < Press.LONGEST) {
            throw new IllegalArgumentException("ids of " + idLength + " characters cannot carry a press (" + Press.LONGEST
                    + ")");
        }
    }
}
