package th.or.dga.dgtidesk.ui.roster;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.tag.TagUsage;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.Converters;

/**
 * The shared tag vocabulary with what uses each tag, and merging a stray tag ("Iot", "ไอโอที")
 * into the one to keep: every workshop, innovator, solution and need moves over.
 */
public final class TagsController {

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;
    private final RosterPages pages;
    private List<TagUsage> all = List.of();

    @FXML private TextField filterField;
    @FXML private Label countLabel;
    @FXML private TableView<TagUsage> table;
    @FXML private TableColumn<TagUsage, String> nameColumn;
    @FXML private TableColumn<TagUsage, Number> workshopsColumn;
    @FXML private TableColumn<TagUsage, Number> innovatorsColumn;
    @FXML private TableColumn<TagUsage, Number> solutionsColumn;
    @FXML private TableColumn<TagUsage, Number> needsColumn;
    @FXML private Label mergeLabel;
    @FXML private ComboBox<TagUsage> intoBox;
    @FXML private Button mergeButton;
    @FXML private Label messageLabel;

    TagsController(DeskWindow window, CenterContext context, RosterPages pages) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
        this.pages = pages;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().name()));
        workshopsColumn.setCellValueFactory(cell -> new SimpleIntegerProperty(cell.getValue().workshops()));
        innovatorsColumn.setCellValueFactory(cell -> new SimpleIntegerProperty(cell.getValue().innovators()));
        solutionsColumn.setCellValueFactory(cell -> new SimpleIntegerProperty(cell.getValue().solutions()));
        needsColumn.setCellValueFactory(cell -> new SimpleIntegerProperty(cell.getValue().needs()));
        intoBox.setConverter(Converters.text(tag -> tag.name() + "  (" + tag.total() + ")"));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        filterField.textProperty().addListener((o, old, text) -> showFiltered());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, tag) -> showMerge(tag));
        mergeButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(intoBox.valueProperty().isNull()));
        showMerge(null);
        reload();
    }

    private void reload() {
        window.background().run(() -> context.tagService().usage(), tags -> {
            all = tags;
            intoBox.setItems(FXCollections.observableArrayList(tags));
            showFiltered();
        });
    }

    private void showFiltered() {
        String text = filterField.getText() == null ? "" : filterField.getText().strip().toLowerCase(Locale.ROOT);
        List<TagUsage> shown = all.stream().filter(tag -> tag.name().toLowerCase(Locale.ROOT).contains(text)).toList();
        table.setItems(FXCollections.observableArrayList(shown));
        countLabel.setText(messages.get("roster.tags.count", shown.size()));
    }

    private void showMerge(TagUsage tag) {
        mergeLabel.setText(tag == null ? messages.get("roster.tags.pickFirst")
                : messages.get("roster.tags.mergeFrom", tag.name()));
        intoBox.setDisable(tag == null);
    }

    @FXML
    private void merge() {
        TagUsage from = table.getSelectionModel().getSelectedItem();
        TagUsage into = intoBox.getValue();
        if (from == null || into == null || !window.dialogs().confirm(messages.get("roster.tags.confirmTitle"),
                messages.get("roster.tags.confirmText", from.name(), into.name(), from.total()),
                messages.get("roster.tags.merge"))) {
            return;
        }
        window.background().run(() -> context.tagService().merge(from.id(), into.id()), merged -> {
            messageLabel.setText(messages.get("roster.tags.merged", merged.fromName(), merged.intoName(),
                    merged.workshops(), merged.innovators(), merged.solutions(), merged.needs()));
            intoBox.setValue(null);
            reload();
        }, error -> messageLabel.setText(window.dialogs().describe(error)));
    }

    @FXML
    private void goBack() {
        pages.list();
    }
}
