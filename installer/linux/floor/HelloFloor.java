import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up floor of issue 4: a hello-world JavaFX window (one label) timed exactly like
 * DGTi Desk's "ready in N ms" (DeskWindow: JVM start instant, through the RuntimeMXBean, to the
 * first frame on the screen: the third animation-timer tick after onShown). measure-startup.sh
 * packs it with the installed runtime and the launchers' options, so only the application
 * differs. Like th.or.dga.dgtidesk.Main, the main class does not extend Application and starts
 * from the class path.
 */
public final class HelloFloor {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 1180, 760));
            stage.setTitle("HelloFloor");
            stage.setOnShown(event -> new AnimationTimer() {
                private int ticks;

                @Override
                public void handle(long now) {
                    if (++ticks == 3) {
                        stop();
                        System.out.println("ready in " + (System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms");
                    }
                }
            }.start());
            stage.show();
        }
    }
}
