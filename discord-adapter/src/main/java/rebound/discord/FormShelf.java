package rebound.discord;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rebound.conversation.Form;

/**
 * The forms the core has offered, by id, so a press on "open the form" can show the modal. Held in
 * memory: after a restart, an old form button says it has expired until the core offers it again.
 */
final class FormShelf {

    private final Map<String, Form> forms = new ConcurrentHashMap<>();

    void keep(Form form) {
        forms.put(form.id(), form);
    }

    Optional<Form> find(String id) {
        return Optional.ofNullable(forms.get(id));
    }
}
