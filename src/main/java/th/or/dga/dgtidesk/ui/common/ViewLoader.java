package th.or.dga.dgtidesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import th.or.dga.dgtidesk.common.Messages;

/**
 * The one way views are loaded: always with the user's texts, and controllers made by the
 * composition root (registered here); an FXML naming an unregistered controller fails at once.
 */
public final class ViewLoader {

    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public <T> ViewLoader register(Class<T> type, Supplier<? extends T> factory) {
        controllers.put(type, factory);
        return this;
    }

    /** A loaded view: its root node and controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(View view) {
        FXMLLoader loader = new FXMLLoader(ViewLoader.class.getResource(view.resource()), messages.bundle());
        loader.setControllerFactory(type -> {
            Supplier<?> factory = controllers.get(type);
            if (factory == null) {
                throw new IllegalStateException("No controller registered for " + type.getName() + " in " + view);
            }
            return factory.get();
        });
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + view, e);
        }
    }

    public Messages messages() {
        return messages;
    }
}
