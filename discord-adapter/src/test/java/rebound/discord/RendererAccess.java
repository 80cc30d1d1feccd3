package rebound.discord;

import java.util.List;
import rebound.frontdoor.Attachment;

/** The renderer's grouping of files, for the fake's tests in another package. */
public final class RendererAccess {

    private RendererAccess() {
    }

    public static List<List<Attachment>> fileGroups(List<Attachment> files) {
        return Renderer.fileGroups(files);
    }
}
