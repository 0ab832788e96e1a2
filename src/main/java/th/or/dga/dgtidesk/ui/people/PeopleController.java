package th.or.dga.dgtidesk.ui.people;

import java.util.concurrent.Callable;
import th.or.dga.dgtidesk.consultation.ConsultationDraft;
import th.or.dga.dgtidesk.ui.common.PageStack;
import th.or.dga.dgtidesk.ui.consultation.ConsultationEditorController;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.duplicates.DuplicatePair;
import th.or.dga.dgtidesk.duplicates.DuplicateReason;
import th.or.dga.dgtidesk.duplicates.OrganizationPair;
import th.or.dga.dgtidesk.people.Organization;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.ui.DeskWindow;
import th.or.dga.dgtidesk.ui.common.ExportBar;
import th.or.dga.dgtidesk.ui.common.View;

/**
 * People: the list in Thai order with search inside Thai words, and the duplicate review (people
 * and organizations) with merge and "not a duplicate". A person's page and the merge page open
 * over the lists.
 */
public final class PeopleController implements PeoplePages {

    private static final int PAGE = 200;

    private final DeskWindow window;
    private final CenterContext context;
    private final Messages messages;

    @FXML private StackPane root;
    @FXML private VBox listPane;
    private PageStack pages;
    @FXML private TabPane tabs;
    @FXML private Tab duplicatesTab;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<PersonListItem> peopleTable;
    @FXML private TableColumn<PersonListItem, String> nameColumn;
    @FXML private TableColumn<PersonListItem, String> organizationColumn;
    @FXML private TableColumn<PersonListItem, String> emailColumn;
    @FXML private TableColumn<PersonListItem, String> phoneColumn;
    @FXML private Button moreButton;
    @FXML private Button scanButton;
    @FXML private Label scanLabel;
    @FXML private TableView<DuplicatePair> pairTable;
    @FXML private TableColumn<DuplicatePair, String> pairAColumn;
    @FXML private TableColumn<DuplicatePair, String> pairBColumn;
    @FXML private TableColumn<DuplicatePair, String> pairReasonColumn;
    @FXML private TableView<OrganizationPair> organizationPairTable;
    @FXML private TableColumn<OrganizationPair, String> orgAColumn;
    @FXML private TableColumn<OrganizationPair, String> orgBColumn;
    @FXML private TableColumn<OrganizationPair, String> orgReasonColumn;
    @FXML private Label messageLabel;
    @FXML private javafx.scene.layout.HBox exportBox;
    @FXML private TextField organizationSearch;
    @FXML private TableView<Organization> organizationTable;
    @FXML private TableColumn<Organization, String> orgNameColumn;
    @FXML private TableColumn<Organization, String> orgKindColumn;
    @FXML private TableColumn<Organization, String> orgMinistryColumn;
    @FXML private TableColumn<Organization, String> orgProvinceColumn;
    @FXML private TableColumn<Organization, Number> orgPeopleColumn;
    private ExportBar exports;

    public PeopleController(DeskWindow window, CenterContext context) {
        this.window = window;
        this.context = context;
        this.messages = window.messages();
    }

    private record Page(List<PersonListItem> people, int total) {
    }

    private record Review(List<DuplicatePair> people, List<OrganizationPair> organizations) {
    }

    @FXML
    private void initialize() {
        pages = new PageStack(root, listPane, () -> load(false));
        nameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().displayName()));
        // The list arrives in Thai dictionary order from the sort key; the column keeps it unsorted.
        nameColumn.setSortable(false);
        organizationColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().organizationNameTh()));
        emailColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().email()));
        phoneColumn.setCellValueFactory(cell -> new SimpleStringProperty(ThaiPhone.display(cell.getValue().phone())));
        peopleTable.setPlaceholder(new Label(messages.get("shell.search.none")));
        peopleTable.setRowFactory(view -> {
            TableRow<PersonListItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    person(row.getItem().id());
                }
            });
            return row;
        });
        peopleTable.setOnKeyPressed(event -> {
            PersonListItem selected = peopleTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                person(selected.id());
            }
        });
        searchField.textProperty().addListener((o, old, text) -> load(false));
        pairAColumn.setCellValueFactory(cell -> new SimpleStringProperty(describe(cell.getValue().a())));
        pairBColumn.setCellValueFactory(cell -> new SimpleStringProperty(describe(cell.getValue().b())));
        pairReasonColumn.setCellValueFactory(cell -> new SimpleStringProperty(reasons(cell.getValue().reasons())));
        pairTable.setPlaceholder(new Label(messages.get("duplicates.none")));
        pairTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                mergePeople();
            }
        });
        orgAColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().aName()));
        orgBColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().bName()));
        orgReasonColumn.setCellValueFactory(cell -> new SimpleStringProperty(reasons(cell.getValue().reasons())));
        organizationPairTable.setPlaceholder(new Label(messages.get("duplicates.none")));
        messageLabel.managedProperty().bind(messageLabel.textProperty().isNotEmpty());
        exports = window.exportBar(exportBox);
        exportBox.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(exportBox.getChildren()));
        setUpOrganizations();
        load(false);
    }

    private String describe(PersonFields person) {
        String name = new PersonListItem(person.id(), person.titlePrefix(), person.firstNameTh(), person.lastNameTh(),
                null, null, null).displayName();
        return String.join("  ·  ", java.util.stream.Stream.of(name, person.organizationName(), person.email(),
                ThaiPhone.display(person.phone())).filter(Objects::nonNull).toList());
    }

    private String reasons(java.util.Set<DuplicateReason> reasons) {
        return reasons.stream().sorted().map(reason -> messages.get(reason.messageKey()))
                .collect(Collectors.joining(", "));
    }

    /** The first page (or the next one with {@code more}) of the list or of the search. */
    private void load(boolean more) {
        String text = searchField.getText();
        int offset = more ? peopleTable.getItems().size() : 0;
        window.background().run(() -> new Page(text == null || text.isBlank()
                ? context.peopleQueries().sortedPage(offset, PAGE)
                : context.peopleQueries().search(text, PAGE), context.peopleQueries().count()), page -> {
                    if (!Objects.equals(text, searchField.getText())) {
                        return;
                    }
                    if (more) {
                        peopleTable.getItems().addAll(page.people());
                    } else {
                        peopleTable.setItems(FXCollections.observableArrayList(page.people()));
                    }
                    boolean searching = text != null && !text.isBlank();
                    moreButton.setVisible(!searching && peopleTable.getItems().size() < page.total());
                    countLabel.setText(searching ? messages.get("people.found", page.people().size())
                            : messages.get("people.count", peopleTable.getItems().size(), page.total()));
                });
    }

    private void setUpOrganizations() {
        orgNameColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().nameTh()));
        orgNameColumn.setSortable(false);
        orgKindColumn.setCellValueFactory(cell -> new SimpleStringProperty(
                messages.get("organization.kind." + cell.getValue().kind())));
        orgMinistryColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().parentMinistryName()));
        orgProvinceColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().province()));
        orgPeopleColumn.setCellValueFactory(cell -> new javafx.beans.property.SimpleIntegerProperty(
                cell.getValue().peopleCount()));
        organizationTable.setPlaceholder(new Label(messages.get("shell.search.none")));
        organizationTable.setRowFactory(view -> {
            TableRow<Organization> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    editOrganization(row.getItem());
                }
            });
            return row;
        });
        organizationTable.setOnKeyPressed(event -> {
            Organization selected = organizationTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                editOrganization(selected);
            }
        });
        organizationSearch.textProperty().addListener((o, old, text) -> loadOrganizations());
        loadOrganizations();
    }

    private void loadOrganizations() {
        String text = organizationSearch.getText();
        window.background().run(() -> context.organizationService().list(text), rows -> {
            if (Objects.equals(text, organizationSearch.getText())) {
                organizationTable.setItems(FXCollections.observableArrayList(rows));
            }
        });
    }

    /** The organization's form over the lists (the shell's way in from the search). */
    public void organization(String organizationId) {
        window.background().run(() -> context.organizationService().organization(organizationId).orElseThrow(),
                this::editOrganization);
    }

    private void editOrganization(Organization organization) {
        OrganizationDialog.show(window, context, organization, saved -> loadOrganizations());
    }

    @FXML
    private void exportXlsx() {
        exports.export("people", messages.get("people.export"), "people.xlsx",
                new javafx.stage.FileChooser.ExtensionFilter("Excel", "*.xlsx"),
                (target, progress) -> context.peopleExport().writeXlsx(target, messages, progress));
    }

    @FXML
    private void exportCsv() {
        exports.export("people", messages.get("people.export"), "people.csv",
                new javafx.stage.FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv"),
                (target, progress) -> context.peopleExport().writeCsv(target, messages, progress));
    }

    @FXML
    private void more() {
        load(true);
    }

    /** A list of people from a spreadsheet or a form export, through the import wizard. */
    @FXML
    private void importPeople() {
        th.or.dga.dgtidesk.ui.importing.ImportWizard.show(window, context,
                th.or.dga.dgtidesk.importing.ImportKind.PEOPLE, null, null, () -> load(false));
    }

    @FXML
    private void newPerson() {
        NewPersonDialog.show(window, context, searchField.getText(), created -> person(created.id()));
    }

    @FXML
    private void scan() {
        scanButton.setDisable(true);
        scanLabel.setText(messages.get("duplicates.scanning"));
        long started = System.nanoTime();
        window.background().run(() -> new Review(
                context.duplicateService().peoplePairs(context.duplicateService().scanPeople()),
                context.duplicateService().scanOrganizations()), review -> {
                    scanButton.setDisable(false);
                    pairTable.setItems(FXCollections.observableArrayList(review.people()));
                    organizationPairTable.setItems(FXCollections.observableArrayList(review.organizations()));
                    scanLabel.setText(messages.get("duplicates.scanned", review.people().size(),
                            review.organizations().size(), (System.nanoTime() - started) / 1_000_000));
                    pairTable.getSelectionModel().selectFirst();
                    pairTable.requestFocus();
                }, error -> {
                    scanButton.setDisable(false);
                    scanLabel.setText(window.dialogs().describe(error));
                });
    }

    @FXML
    private void mergePeople() {
        DuplicatePair pair = pairTable.getSelectionModel().getSelectedItem();
        if (pair != null) {
            merge(pair);
        }
    }

    @FXML
    private void notDuplicatePeople() {
        DuplicatePair pair = pairTable.getSelectionModel().getSelectedItem();
        if (pair == null) {
            return;
        }
        window.background().run(() -> {
            context.duplicateService().notDuplicatePeople(pair.a().id(), pair.b().id());
            return null;
        }, done -> {
            pairTable.getItems().remove(pair);
            say(messages.get("duplicates.dismissed"));
        }, error -> say(window.dialogs().describe(error)));
    }

    @FXML
    private void mergeOrganizations() {
        OrganizationPair pair = organizationPairTable.getSelectionModel().getSelectedItem();
        if (pair == null || !window.dialogs().confirm(messages.get("duplicates.mergeOrganizations"),
                messages.get("duplicates.mergeOrganizations.confirm", pair.bName(), pair.aName()),
                messages.get("duplicates.mergeOrganizations"))) {
            return;
        }
        window.background().run(() -> context.mergeService().mergeOrganizations(pair.aId(), pair.bId()), report -> {
            organizationPairTable.getItems().remove(pair);
            say(messages.get("duplicates.organizationsMerged", pair.bName(), pair.aName()));
        }, error -> say(window.dialogs().describe(error)));
    }

    @FXML
    private void notDuplicateOrganizations() {
        OrganizationPair pair = organizationPairTable.getSelectionModel().getSelectedItem();
        if (pair == null) {
            return;
        }
        window.background().run(() -> {
            context.duplicateService().notDuplicateOrganizations(pair.aId(), pair.bId());
            return null;
        }, done -> {
            organizationPairTable.getItems().remove(pair);
            say(messages.get("duplicates.dismissed"));
        }, error -> say(window.dialogs().describe(error)));
    }

    private void say(String text) {
        messageLabel.setText(text);
    }

    /** Opens the duplicate review tab (the shell's way in from a person's warning). */
    public void showDuplicates() {
        tabs.getSelectionModel().select(duplicatesTab);
    }

    @Override
    public void lists(String message) {
        pages.home();
        if (message != null) {
            showDuplicates();
            pairTable.getItems().clear();
            say(message);
            scan();
        } else {
            load(false);
        }
    }

    @Override
    public void person(String personId) {
        pages.push(window.loader().register(PersonPageController.class,
                () -> new PersonPageController(window, context, personId, this)).load(View.PERSON_PAGE).root());
    }

    @Override
    public void merge(DuplicatePair pair) {
        pages.push(window.loader().register(MergeController.class,
                () -> new MergeController(window, context, pair, this)).load(View.MERGE).root());
    }

    @Override
    public void consultation(Callable<ConsultationDraft> load) {
        pages.push(window.loader().register(ConsultationEditorController.class,
                () -> new ConsultationEditorController(window, context, load, pages::back))
                .load(View.CONSULTATION_EDITOR).root());
    }
}
