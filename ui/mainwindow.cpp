// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/mainwindow.h"

#include "core/advice.h"
#include "core/importlimits.h"
#include "core/narrative.h"
#include "core/phrasebook.h"
#include "core/storage/postgresstudyrepository.h"
#include "core/storage/studyrepository.h"
#include "ui/accessiblerole.h"
#include "ui/advice/advicepanel.h"
#include "ui/advice/placementdialog.h"
#include "ui/appsettings.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/data/importdialog.h"
#include "ui/data/studyeditor.h"
#include "ui/database/connectdialog.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartclipboard.h"
#include "ui/export/chartexporter.h"
#include "ui/export/exportdialog.h"
#include "ui/export/reportwriter.h"
#include "ui/library/conflictdialog.h"
#include "ui/library/historydialog.h"
#include "ui/library/librarypane.h"
#include "ui/library/studylibrary.h"
#include "ui/presentation/presentationscreenmenu.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/relativefont.h"
#include "ui/theme/applicationpalette.h"
#include "ui/theme/brandthemedialog.h"
#include "ui/wrappedlabel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

// QMessageBox guesses rich text from the first line; messages that name files or studies
// are always shown as plain text.
void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

// A new action, named for tests and settings, with its shortcuts, calling slot.
template<typename Slot>
QAction *makeAction(MainWindow *window, const char *objectName, QList<QKeySequence> shortcuts, Slot slot)
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

} // namespace

MainWindow::MainWindow(const Study &study, QWidget *parent)
    : QMainWindow(parent)
    , m_study(study)
    , m_ownUndoStack(new QUndoStack(this))
    , m_waveYear(study.latestWaveYear())
{
    setUpWidgets();
    createActions();
    createMenus();
    m_theme = AppSettings().theme();
    m_highContrast = AppSettings().highContrast();
    installTheme();
    restoreSettings();
    setUpTabOrder();
    m_ready = true;
    retranslate();
}

MainWindow::MainWindow(StudyRepository *repository, QWidget *parent)
    : QMainWindow(parent)
    , m_library(new StudyLibrary(repository, this))
{
    setUpWidgets();
    createActions();
    createMenus();
    connectLibrary();
    if (!repository->readOnlyReason().isEmpty())
        makeReadOnly();
    QString problem;
    if (!m_library->reloadBrandTheme(&problem))
        statusBar()->showMessage(problem);
    m_brand = m_library->brandTheme();
    connect(m_library, &StudyLibrary::brandThemeChanged, this, [this](const BrandTheme &brand) {
        m_brand = brand;
        installTheme();
        refreshCharts();
    });
    m_theme = AppSettings().theme();
    m_highContrast = AppSettings().highContrast();
    installTheme();
    restoreSettings();
    openRememberedStudy();
    setUpTabOrder();
    m_ready = true;
    retranslate();                            // builds the charts once, in the restored language, theme and wave
    m_libraryPane->searchField()->setFocus(); // Tab starts at the library search
}

void MainWindow::openRememberedStudy()
{
    const qint64 remembered = AppSettings().study();
    const QList<StudySummary> &studies = m_library->studies();
    bool opened = remembered > 0 &&
                  std::any_of(studies.begin(), studies.end(),
                              [remembered](const StudySummary &s) {
                                  return s.id == remembered;
                              }) &&
                  openStudy(remembered);
    // Else the newest chart of the week: the library lists it first.
    for (int i = 0; !opened && i < studies.size(); ++i)
        opened = openStudy(studies.at(i).id);
}

void MainWindow::setUpWidgets()
{
    installAccessibleInterfaces(); // before any widget is asked for its accessible interface
    setWindowIcon(QIcon(QStringLiteral(":/icons/chartweek.svg")));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);

    m_headline = new WrappedLabel(central);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    RelativeFont::apply(m_headline, 1.35, true);
    m_narrative = new WrappedLabel(central);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setTextFormat(Qt::PlainText);
    m_narrative->setWordWrap(true);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    // The tab bar takes the keyboard; the tab widget around it is no stop of its own (a
    // screen reader would find an unnamed, focusable container there).
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->tabBar()->setFocusPolicy(Qt::TabFocus); // setFocusPolicy() passes on to the focus proxy
    m_barChart = new ChartWidget(m_tabs);
    m_barChart->setObjectName(QStringLiteral("barChart"));
    m_trendChart = new ChartWidget(m_tabs);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_tabs->addTab(m_barChart, QString());
    m_tabs->addTab(m_trendChart, QString());
    ChartParts chartParts;
    chartParts.headline = false; // shown above the tabs, with the narrative
    m_barChart->setParts(chartParts);
    m_trendChart->setParts(chartParts);

    m_advice = new AdvicePanel(this);
    m_advice->setObjectName(QStringLiteral("advicePanel"));

    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_headline);
    chartLayout->addWidget(m_narrative);
    chartLayout->addWidget(m_tabs, 1);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->addWidget(chartSide);
    m_splitter->addWidget(m_advice);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    m_waveLabel = new QLabel(this);
    m_waveSelector = new QComboBox(this);
    m_waveSelector->setObjectName(QStringLiteral("waveSelector"));
    m_waveLabel->setBuddy(m_waveSelector);
    rebuildWaveSelector();

    if (m_library) {
        m_libraryPane = new LibraryPane(m_library, this);
        m_libraryPane->setObjectName(QStringLiteral("libraryPane"));
        m_libraryDock = new QDockWidget(this);
        m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
        m_libraryDock->setWidget(m_libraryPane);
        m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
        addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
        m_editor = new StudyEditor(m_tabs);
        m_editor->setObjectName(QStringLiteral("studyEditor"));
        m_tabs->addTab(m_editor, QString());
        setAcceptDrops(true);
    }

    connect(m_waveSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setWave(m_waveSelector->itemData(index).toInt());
    });
    for (ChartWidget *chart : {m_barChart, m_trendChart}) {
        connect(chart, &ChartWidget::segmentActivated, this, [this, chart](int segmentIndex, int waveYear) {
            if (chart == m_trendChart)
                m_selectedWave = waveYear;
            selectSegment(segmentIndex);
            statusBar()->showMessage(ChartFactory::toolTipText(m_study, segmentIndex, waveYear, currentLanguage()));
        });
    }
}

MainWindow::~MainWindow()
{
    // A cell editor still open commits its text when it is destroyed with the window:
    // by then this window can't store it any more.
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    if (m_library)
        disconnect(m_library, nullptr, this, nullptr);
}

void MainWindow::connectLibrary()
{
    connect(m_libraryPane, &LibraryPane::openRequested, this, &MainWindow::openStudy);
    connect(m_editor, &StudyEditor::editRequested, this, &MainWindow::applyEdit);
    connect(m_library, &StudyLibrary::studyChanged, this, [this](qint64 id) {
        if (id == m_study.id || m_study.id == 0)
            openStudy(id);
    });
    connect(m_library, &StudyLibrary::studyInserted, this, &MainWindow::openStudy); // e.g. an undone delete
    connect(m_libraryPane, &LibraryPane::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    connect(m_library, &StudyLibrary::changedByColleague, this, [this](const QList<qint64> &ids) {
        QString title;
        for (const StudySummary &study : m_library->studies()) {
            if (ids.size() == 1 && study.id == ids.constFirst())
                title = study.title;
        }
        statusBar()->showMessage(
            title.isEmpty() ? tr("A colleague changed the library.") : tr("A colleague saved “%1”.").arg(title), 10000);
    });
    connect(m_library, &StudyLibrary::studyRemoved, this, [this](qint64 id) {
        if (id != m_study.id || m_library->studies().isEmpty())
            return;
        openStudy(m_library->studies().first().id);
    });
    connect(m_library, &StudyLibrary::errorOccurred, this, [this](const QString &message) {
        showPlainMessage(this, QMessageBox::Warning, tr("Chart of the Week"), message);
    });
    connect(m_library, &StudyLibrary::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    if (!m_library->repository()->teamLibraryName().isEmpty()) {
        m_libraryLabel = new QLabel(this);
        m_libraryLabel->setObjectName(QStringLiteral("libraryStatus"));
        statusBar()->addPermanentWidget(m_libraryLabel);
    }
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_library, &StudyLibrary::connectionStateChanged, this, &MainWindow::updateConnectionStatus);
    m_library->setConflictResolver([this](const Study &mine, const Study &theirs) {
        ConflictDialog dialog(mine, theirs, currentLanguage(), this);
        dialog.exec();
        return dialog.choice();
    });
}

void MainWindow::importChosenFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Study Data"), AppSettings().importFolder(),
                                     tr("Study data (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::createStudy()
{
    if (const qint64 id = m_library->create()) {
        openStudy(id);
        m_tabs->setCurrentWidget(m_editor);
        m_editor->titleField()->setFocus();
        m_editor->titleField()->selectAll();
    }
}

QList<qint64> MainWindow::importFile(const QString &path)
{
    if (!m_library)
        return {};
    QByteArray bytes;
    if (const std::optional<ImportError> error = readImportFile(path, &bytes, currentLanguage())) {
        QMessageBox::warning(this, tr("Import"), error->toString());
        return {};
    }
    AppSettings().setImportFolder(QFileInfo(path).absolutePath());
    return importBytes(bytes, QDir::toNativeSeparators(path), QFileInfo(path).fileName());
}

QList<qint64> MainWindow::pasteAsNewStudy()
{
    if (!m_library)
        return {};
    const QString table = QGuiApplication::clipboard()->text();
    if (table.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no table to import."), 8000);
        return {};
    }
    return importBytes(table.toUtf8(), tr("Clipboard"), tr("Clipboard"));
}

QList<qint64> MainWindow::importBytes(const QByteArray &bytes, const QString &name, const QString &sourceName)
{
    ImportDialog dialog(bytes, name, currentLanguage(), this);
    QStringList titles;
    for (const StudySummary &summary : m_library->studies())
        titles.append(summary.title);
    dialog.setExistingTitles(titles);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor); // one transaction; well under a second for 100,000 rows
    const QList<qint64> ids = m_library->importStudies(dialog.studiesToImport(), sourceName);
    QApplication::restoreOverrideCursor();
    if (!ids.isEmpty()) {
        openStudy(ids.constFirst());
        statusBar()->showMessage(tr("Imported %n study(ies) from %1", nullptr, int(ids.size())).arg(sourceName), 8000);
    }
    return ids;
}

namespace {

// The local study file among dropped URLs, if there is one.
QString droppedStudyFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        static const QStringList studySuffixes{QStringLiteral("csv"),  QStringLiteral("txt"),  QStringLiteral("tsv"),
                                               QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("ods"),
                                               QStringLiteral("json")};
        if (url.isLocalFile() && studySuffixes.contains(suffix))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && !droppedStudyFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedStudyFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importFileLater(path);
}

void MainWindow::importFileLater(const QString &path)
{
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            importFile(path);
        },
        Qt::QueuedConnection);
}

QUndoStack *MainWindow::undoStack() const
{
    return m_library ? m_library->undoStack() : m_ownUndoStack;
}

bool MainWindow::openStudy(qint64 id)
{
    if (!m_library)
        return false;
    const std::optional<Study> study = m_library->load(id);
    if (!study)
        return false;
    const bool sameStudy = study->id == m_study.id;
    m_study = *study;
    if (!sameStudy) {
        m_selectedSegment = -1;
        m_advice->highlight(QString());
    }
    if (m_study.waveIndex(m_waveYear) < 0 || !sameStudy)
        m_waveYear = m_study.latestWaveYear();
    if (m_selectedSegment >= m_study.segments.size())
        m_selectedSegment = -1;
    rebuildWaveSelector();
    m_editor->setStudy(m_study);
    m_libraryPane->setCurrentStudy(id);
    AppSettings().setStudy(id);
    updateWindowTitle();
    refreshCharts();
    return true;
}

void MainWindow::makeReadOnly()
{
    // A viewer of the team library: nothing that writes is offered. The repository refuses
    // a write anyway, with the reason; the status bar says it all the time.
    m_readOnly = true;
    const Actions &a = m_actions;
    for (QAction *action : {a.newStudy, a.import, a.pasteAsNewStudy, a.editBrand}) {
        if (action)
            action->setEnabled(false);
    }
    m_libraryPane->setReadOnly(true);
    m_editor->setEnabled(false);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyStatus"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    updateEmphasisActions();
}

void MainWindow::updateConnectionStatus()
{
    if (!m_connectionLabel)
        return;
    const int kept = int(m_library->unsavedStudies().size());
    const bool reachable = m_library->isReachable();
    m_connectionLabel->setVisible(!reachable || kept > 0);
    if (reachable && kept == 0)
        return;
    m_connectionLabel->setText(reachable ? tr("%n edit(s) not saved", nullptr, kept)
                                         : tr("Team library offline: edits kept here"));
    m_connectionLabel->setToolTip(
        reachable ? tr("The team library answers again, but %n edit(s) made meanwhile could not be saved yet. They "
                       "stay in this window; Chart of the Week tries again with your next change.",
                       nullptr, kept)
                  : tr("The team library %1 can't be reached: the server stopped or the network is down. Your "
                       "edits to a study stay in this window (%n so far) and are saved as soon as the library "
                       "answers again; Chart of the Week connects again by itself. Keep the window open until then.",
                       nullptr, kept)
                        .arg(m_library->repository()->displayName()));
}

bool MainWindow::mayCloseWithKeptEdits()
{
    if (!m_library || m_library->unsavedStudies().isEmpty())
        return true;
    QStringList titles;
    for (const qint64 id : m_library->unsavedStudies()) {
        if (const std::optional<Study> study = m_library->load(id))
            titles.append(u'\u201c' + study->title + u'\u201d');
    }
    QMessageBox box(QMessageBox::Warning, tr("Chart of the Week"),
                    tr("Edits to %1 are kept only in this window: the team library hasn't answered since they were "
                       "made. Close the window and lose them?")
                        .arg(QLocale().createSeparatedList(titles)),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Discard)->setText(tr("Close and Lose Them"));
    return box.exec() == QMessageBox::Discard;
}

void MainWindow::showHistory()
{
    if (!m_library || m_study.id == 0)
        return;
    HistoryDialog dialog(m_library->repository(), m_study.id, currentLanguage(), this);
    if (m_readOnly)
        dialog.restoreButton()->setEnabled(false);
    if (dialog.exec() != QDialog::Accepted || !dialog.restoredStudy())
        return;
    const int number = dialog.restoredVersion();
    // Stored as the newest version, one undoable step like any edit.
    if (m_library->replace(m_study, *dialog.restoredStudy(), [number] {
            return tr("Restore version %1").arg(number);
        }))
        statusBar()->showMessage(tr("Version %1 restored.").arg(number), 10000);
}

void MainWindow::applyEdit(const Study &after, const UndoText &description)
{
    if (!m_library->replace(m_study, after, description))
        m_editor->setStudy(m_study); // show the stored state again
}

void MainWindow::rebuildWaveSelector()
{
    const QSignalBlocker blocker(m_waveSelector);
    m_waveSelector->clear();
    for (const SurveyWave &wave : m_study.waves)
        m_waveSelector->addItem(QString::number(wave.year), wave.year);
    const int index = m_waveSelector->findData(m_waveYear);
    if (index >= 0)
        m_waveSelector->setCurrentIndex(index);
}

void MainWindow::createActions()
{
    Actions &a = m_actions;
    const QKeySequence ctrl1(Qt::CTRL | Qt::Key_1);
    if (m_library) {
        a.newStudy = makeAction(this, "newStudyAction", {QKeySequence::New}, &MainWindow::createStudy);
        a.import =
            makeAction(this, "importAction", {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::importChosenFile);
        a.history = makeAction(this, "historyAction", {QKeySequence(Qt::CTRL | Qt::Key_H)}, &MainWindow::showHistory);
        a.connectTeamLibrary = makeAction(this, "connectTeamLibraryAction", {}, &MainWindow::connectToTeamLibrary);
        a.pasteAsNewStudy = makeAction(this, "pasteAsNewStudyAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
                                       &MainWindow::pasteAsNewStudy);
        a.library = m_libraryDock->toggleViewAction();
        a.library->setObjectName(QStringLiteral("libraryAction"));
        a.library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    }
    a.exportChart = makeAction(this, "exportAction", {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportChart);
    a.exportChart->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    a.exportAll = makeAction(this, "exportAllAction", {}, &MainWindow::exportAll);
    a.exportReport = makeAction(this, "exportReportAction", {}, &MainWindow::exportReport);
    a.print = makeAction(this, "printAction", {QKeySequence::Print}, &MainWindow::printChart);
    a.printPreview = makeAction(this, "printPreviewAction", {}, &MainWindow::printPreview);
    a.quit = makeAction(this, "quitAction", {QKeySequence::Quit}, &QWidget::close);
    a.quit->setMenuRole(QAction::QuitRole);

    m_undoActions = new UndoActions(undoStack(), this);
    a.undo = m_undoActions->undoAction();
    a.undo->setObjectName(QStringLiteral("undoAction"));
    a.undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    a.redo = m_undoActions->redoAction();
    a.redo->setObjectName(QStringLiteral("redoAction"));
    a.redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    a.copy = makeAction(this, "copyAction", {QKeySequence::Copy}, &MainWindow::copyChart);

    auto *chartGroup = new QActionGroup(this);
    a.bar = makeAction(this, "barChartAction", {ctrl1}, [this] {
        showChart(ChartKind::Bar);
    });
    a.trend = makeAction(this, "trendChartAction", {QKeySequence(Qt::CTRL | Qt::Key_2)}, [this] {
        showChart(ChartKind::Trend);
    });
    a.bar->setIcon(QIcon(QStringLiteral(":/icons/bar.svg")));
    a.trend->setIcon(QIcon(QStringLiteral(":/icons/trend.svg")));
    for (QAction *action : {a.bar, a.trend}) {
        action->setCheckable(true);
        chartGroup->addAction(action);
    }
    a.bar->setChecked(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0 || index == 1)
            (index == 1 ? m_actions.trend : m_actions.bar)->setChecked(true);
        if (m_ready)
            updateNarrative();
    });

    a.fullScreen = makeAction(this, "fullScreenAction", {QKeySequence::FullScreen}, [] {});
    a.fullScreen->setCheckable(true);
    connect(a.fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });
    a.highContrast = makeAction(this, "highContrastAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)}, [] {});
    a.highContrast->setCheckable(true);
    connect(a.highContrast, &QAction::toggled, this, &MainWindow::setHighContrast);
    a.present = makeAction(this, "presentAction", {QKeySequence(Qt::Key_F5)}, &MainWindow::startPresentation);

    auto *themeGroup = new QActionGroup(this);
    for (const auto &[action, kind] :
         {std::pair{&a.lightTheme, ThemeKind::Light}, std::pair{&a.darkTheme, ThemeKind::Dark},
          std::pair{&a.brandTheme, ThemeKind::Brand}}) {
        *action = makeAction(this, "", {}, [this, kind = kind] {
            setTheme(kind);
        });
        (*action)->setObjectName(themeKindCode(kind) + QStringLiteral("ThemeAction"));
        (*action)->setCheckable(true);
        themeGroup->addAction(*action);
    }
    a.editBrand = makeAction(this, "editBrandThemeAction", {}, &MainWindow::editBrandTheme);
    a.editBrand->setEnabled(m_library != nullptr);

    // One entry per compiled translation (a new .ts file adds its language here). Language
    // names stay in their own language, so a user who can't read the current one still
    // finds theirs.
    auto *languageGroup = new QActionGroup(this);
    for (Language language : uiLanguages()) {
        QAction *action = makeAction(this, "", {}, [this, language] {
            setLanguage(language);
        });
        action->setObjectName(QStringLiteral("language_") + language.code());
        action->setText(languageName(language, language));
        action->setData(language.code());
        action->setCheckable(true);
        languageGroup->addAction(action);
        a.languages.append(action);
    }

    a.placement = makeAction(this, "placementAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
                             &MainWindow::askWhereBusinessStands);
    a.about = makeAction(this, "aboutAction", {}, &MainWindow::showAbout);
    a.about->setMenuRole(QAction::AboutRole);

    a.emphasise = makeAction(this, "emphasiseAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, [] {});
    a.emphasise->setCheckable(true);
    connect(a.emphasise, &QAction::triggered, this, &MainWindow::setSelectedSegmentEmphasised);
    a.annotate = makeAction(this, "annotateAction", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                            &MainWindow::askForAnnotation);
    a.clearEmphasis = makeAction(this, "clearEmphasisAction", {}, &MainWindow::clearEmphasis);
    // Right-click on a chart: the same actions for the part selected.
    for (ChartWidget *chart : {m_barChart, m_trendChart}) {
        chart->setContextMenuPolicy(Qt::ActionsContextMenu);
        chart->addActions({a.emphasise, a.annotate, a.clearEmphasis});
    }
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    Menus &m = m_menus;
    m.file = menuBar()->addMenu(QString());
    if (m_library) {
        m.file->addAction(a.newStudy);
        m.file->addAction(a.import);
        m.file->addSeparator();
        m.file->addAction(a.history);
        m.file->addSeparator();
        m.file->addAction(a.connectTeamLibrary);
        m.file->addSeparator();
    }
    m.file->addActions({a.exportChart, a.exportAll, a.exportReport});
    m.file->addSeparator();
    m.file->addActions({a.print, a.printPreview});
    m.file->addSeparator();
    m.file->addAction(a.quit);

    m.edit = menuBar()->addMenu(QString());
    m.edit->addActions({a.undo, a.redo, a.copy});
    if (a.pasteAsNewStudy)
        m.edit->addAction(a.pasteAsNewStudy);

    m.toolBar = addToolBar(QString());
    setAccessibleRole(m.toolBar, QAccessible::ToolBar); // named by accessibleName(), in each language
    m.toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m.toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m.toolBar->addActions({a.bar, a.trend});
    m.toolBar->addSeparator();
    m.toolBar->addWidget(m_waveLabel);
    m.toolBar->addWidget(m_waveSelector);
    m.toolBar->addSeparator();
    m.toolBar->addActions({a.exportChart, a.placement});

    m.view = menuBar()->addMenu(QString());
    if (m_library)
        m.view->addAction(a.library);
    m.view->addActions({a.bar, a.trend});
    m.view->addSeparator();
    m.view->addActions({m.toolBar->toggleViewAction(), a.fullScreen});
    m.view->addSeparator();
    m.view->addAction(a.highContrast);
    m.view->addSeparator();
    m.view->addAction(a.present);
    m.presentOn = new PresentationScreenMenu(this);
    m.view->addMenu(m.presentOn);
    m.view->addSeparator();
    m.theme = m.view->addMenu(QString());
    m.theme->addActions({a.lightTheme, a.darkTheme, a.brandTheme});
    m.theme->addSeparator();
    m.theme->addAction(a.editBrand);

    m.chart = menuBar()->addMenu(QString());
    m.chart->addActions({a.emphasise, a.annotate});
    m.chart->addSeparator();
    m.chart->addAction(a.clearEmphasis);

    m.language = menuBar()->addMenu(QString());
    m.language->addActions(a.languages);

    m.help = menuBar()->addMenu(QString());
    m.help->addAction(a.placement);
    m.help->addSeparator();
    m.help->addAction(a.about);

    for (const auto &[menu, name] :
         {std::pair{m.file, "fileMenu"}, std::pair{m.edit, "editMenu"}, std::pair{m.view, "viewMenu"},
          std::pair{m.theme, "themeMenu"}, std::pair{m.chart, "chartMenu"}, std::pair{m.language, "languageMenu"},
          std::pair{m.help, "helpMenu"}})
        menu->setObjectName(QString::fromLatin1(name));
}

void MainWindow::updateWindowTitle()
{
    // The platform appends the application's display name to every window title that
    // doesn't end with it ("Diagramm exportieren — Chart der Woche"), so it is translated too.
    const QString name = tr("Chart of the Week");
    QGuiApplication::setApplicationDisplayName(name);
    QStringList parts{m_study.topic.text(currentLanguage())};
    if (m_library)
        parts.append(m_library->repository()->teamLibraryName());
    parts.append(name);
    parts.removeAll(QString());
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::retranslate()
{
    const Actions &a = m_actions;
    const Menus &m = m_menus;
    updateWindowTitle();
    m_undoActions->retranslate();
    m.file->setTitle(tr("&File"));
    m.edit->setTitle(tr("&Edit"));
    if (m_library) {
        a.newStudy->setText(tr("&New Study"));
        a.import->setText(tr("&Import Spreadsheet or JSON…"));
        a.history->setText(tr("Study &History…"));
        a.connectTeamLibrary->setText(tr("Connect to &Team Library…"));
        a.connectTeamLibrary->setStatusTip(
            tr("Open the library your team shares on a PostgreSQL server, in place of this one"));
        if (m_libraryLabel) {
            m_libraryLabel->setText(tr("Team library: %1").arg(m_library->repository()->teamLibraryName()));
            m_libraryLabel->setToolTip(m_library->repository()->displayName());
        }
        updateConnectionStatus();
        if (m_readOnlyLabel) {
            m_readOnlyLabel->setText(tr("Read only: your role may not change this library"));
            m_readOnlyLabel->setToolTip(m_library->repository()->readOnlyReason());
        }
        a.history->setStatusTip(tr("Every saved version of this study: who saved it, what changed, and restoring one"));
        a.import->setToolTip(tr("Import study data from a spreadsheet (CSV, XLSX, ODS) or a shared study file "
                                "(JSON); you can also drop the file on the window"));
        m_libraryDock->setWindowTitle(tr("Library"));
        a.library->setText(tr("&Library"));
        m_tabs->setTabText(2, tr("Data"));
    }
    m.view->setTitle(tr("&View"));
    m.language->setTitle(tr("&Language"));
    m.help->setTitle(tr("&Help"));
    m.toolBar->setWindowTitle(tr("Main Toolbar"));
    a.exportChart->setText(tr("&Export…"));
    a.exportChart->setToolTip(tr("Export the chart as PNG, PDF or SVG (Ctrl+E)"));
    a.exportAll->setText(tr("Export &All…"));
    a.exportAll->setToolTip(tr("Every chart as PNG, PDF and SVG, in English and German"));
    a.exportReport->setText(tr("Export &Report…"));
    a.exportReport->setToolTip(
        tr("A PDF report or a PowerPoint deck with every chart, its headline, the advice and the sources"));
    a.print->setText(tr("&Print…"));
    a.printPreview->setText(tr("Print Pre&view…"));
    a.copy->setText(tr("&Copy Chart"));
    if (a.pasteAsNewStudy) {
        a.pasteAsNewStudy->setText(tr("Paste as &New Study…"));
        a.pasteAsNewStudy->setToolTip(tr("Import the cells copied in a spreadsheet as a new study (Ctrl+Shift+V)"));
    }
    a.copy->setToolTip(tr("Copy the chart as an image and its figures as a table (Ctrl+C)"));
    a.quit->setText(tr("&Quit"));
    a.bar->setText(tr("&Bar Chart"));
    a.bar->setToolTip(tr("Segments of one survey wave (Ctrl+1)"));
    a.trend->setText(tr("&Trend Chart"));
    a.trend->setToolTip(tr("Shares across the survey waves (Ctrl+2)"));
    a.fullScreen->setText(tr("&Full Screen"));
    a.highContrast->setText(tr("&High Contrast"));
    a.highContrast->setToolTip(tr("Black text on white and strong colours in the charts (Ctrl+Shift+H)"));
    a.about->setText(tr("&About Chart of the Week"));
    a.placement->setText(tr("&Where Does My Business Stand?"));
    a.placement->setToolTip(tr("Answer a few questions and see the advice for a business like yours "
                               "(Ctrl+Shift+W)"));
    a.present->setText(tr("&Present"));
    a.present->setToolTip(tr("Show the charts and the advice full screen, one slide each (F5)"));
    m.theme->setTitle(tr("T&heme"));
    a.lightTheme->setText(tr("&Light"));
    a.darkTheme->setText(tr("&Dark"));
    a.brandTheme->setText(tr("&Brand"));
    a.brandTheme->setToolTip(tr("The team's logo, colours and font, as set in Brand Theme…"));
    a.editBrand->setText(tr("Brand &Theme…"));
    m.chart->setTitle(tr("&Chart"));
    a.emphasise->setText(tr("&Emphasise Selected Segment"));
    a.emphasise->setToolTip(tr("Draw the selected segment strongly and the others muted, in every chart and export "
                               "of this study (Ctrl+Shift+E)"));
    a.annotate->setText(tr("&Annotate Selected Bar or Point…"));
    a.annotate->setToolTip(tr("Attach a short note to the selected bar or trend point, in the current language "
                              "(Ctrl+Shift+A)"));
    a.clearEmphasis->setText(tr("&Clear Emphasis and Annotations"));
    m_waveLabel->setText(tr("Survey &wave:"));
    m_waveSelector->setToolTip(tr("The survey wave the bar chart shows"));
    m_tabs->setTabText(0, tr("Bar chart"));
    m_tabs->setTabText(1, tr("Trend chart"));
    for (QAction *action : a.languages)
        action->setChecked(action->data().toString() == currentLanguage().code());
    applyLanguage();
    retranslateAccessibility();
    refreshCharts();
}

void MainWindow::refreshCharts()
{
    if (!m_ready)
        return; // the constructor builds them once at its end
    const Language language = currentLanguage();
    m_barChart->setSpec({m_study, ChartKind::Bar, m_waveYear, language, m_style});
    m_trendChart->setSpec({m_study, ChartKind::Trend, m_waveYear, language, m_style});
    m_barChart->setSelectedSegment(m_selectedSegment);
    m_trendChart->setSelectedSegment(m_selectedSegment);
    updateEmphasisActions();
    m_headline->setText(Narrative::displayHeadline(m_study, m_waveYear, language));
    m_advice->setSections(adviceSections(m_study, language));
    updateNarrative();
}

void MainWindow::updateNarrative()
{
    // The trend chart gets the trend text, the bar chart the wave's narrative.
    const Language language = currentLanguage();
    const QStringList sentences = m_tabs->currentWidget() == m_trendChart
                                      ? Narrative::trendSentences(m_study, language)
                                      : Narrative::sentences(m_study, m_waveYear, language);
    m_narrative->setText(sentences.join(u' '));
    m_narrative->setVisible(!sentences.isEmpty());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(Language language)
{
    AppSettings().setLanguage(language);
    if (language == currentLanguage())
        return;
    // Each name that changes is announced, once every window has retranslated itself in
    // the QEvent::LanguageChange that installLanguage() posts (the queued call runs after it).
    const AccessibleNameSnapshot names = AccessibleNameSnapshot::snapshot();
    QString error;
    if (!installLanguage(language, &error))
        showPlainMessage(this, QMessageBox::Warning, tr("Language"), error);
    // The editor and the database take the language at once; the texts follow with the
    // posted QEvent::LanguageChange, which calls retranslate().
    applyLanguage();
    QMetaObject::invokeMethod(
        this,
        [names] {
            names.announceChanges();
        },
        Qt::QueuedConnection);
}

void MainWindow::applyLanguage()
{
    if (m_library)
        m_library->repository()->setMessageLanguage(currentLanguage());
    if (m_editor)
        m_editor->setLanguage(currentLanguage());
}

void MainWindow::showChart(ChartKind kind)
{
    m_tabs->setCurrentIndex(kind == ChartKind::Trend ? 1 : 0);
}

ChartKind MainWindow::currentChart() const
{
    return m_tabs->currentIndex() == 1 ? ChartKind::Trend : ChartKind::Bar;
}

void MainWindow::setWave(int waveYear)
{
    if (m_study.waveIndex(waveYear) < 0 || waveYear == m_waveYear)
        return;
    m_waveYear = waveYear;
    const int index = m_waveSelector->findData(waveYear);
    if (index >= 0 && index != m_waveSelector->currentIndex())
        m_waveSelector->setCurrentIndex(index);
    refreshCharts();
}

void MainWindow::selectSegment(int segmentIndex)
{
    m_selectedSegment = segmentIndex;
    m_barChart->setSelectedSegment(segmentIndex);
    m_trendChart->setSelectedSegment(segmentIndex);
    if (segmentIndex < 0) {
        m_advice->highlight(QString());
        return;
    }
    m_advice->highlight(m_study.segments.value(segmentIndex).key);
    updateEmphasisActions();
}

void MainWindow::updateEmphasisActions()
{
    const Actions &a = m_actions;
    if (!a.emphasise)
        return;
    const bool editable = m_library != nullptr && !m_readOnly;
    const QString key = m_study.seriesKey(m_selectedSegment);
    const bool selected = m_selectedSegment >= 0 && !key.isEmpty();
    a.emphasise->setEnabled(editable && selected);
    a.emphasise->setChecked(selected && m_study.highlight == key);
    a.annotate->setEnabled(editable && selected && annotationWave() > 0);
    a.clearEmphasis->setEnabled(editable && (!m_study.highlight.isEmpty() || !m_study.annotations.isEmpty()));
}

int MainWindow::annotationWave() const
{
    if (currentChart() == ChartKind::Bar)
        return m_waveYear;
    return m_study.waveIndex(m_selectedWave) >= 0 ? m_selectedWave : m_study.latestWaveYear();
}

void MainWindow::setSelectedSegmentEmphasised(bool on)
{
    const QString key = m_study.seriesKey(m_selectedSegment);
    if (!m_library || m_selectedSegment < 0 || key.isEmpty() || (m_study.highlight == key) == on) {
        updateEmphasisActions();
        return;
    }
    Study after = m_study;
    after.highlight = on ? key : QString();
    const LocalizedText name = m_study.segments.at(m_selectedSegment).name;
    applyEdit(after, [on, name, key] {
        const QString shown = name.text(currentLanguage()).isEmpty() ? key : name.text(currentLanguage());
        return on ? tr("Emphasise “%1”").arg(shown) : tr("Remove the emphasis of “%1”").arg(shown);
    });
    updateEmphasisActions();
}

bool MainWindow::annotateSelection(const QString &text)
{
    const QString key = m_study.seriesKey(m_selectedSegment);
    const int wave = annotationWave();
    if (!m_library || m_selectedSegment < 0 || key.isEmpty() || m_study.waveIndex(wave) < 0)
        return false;
    const Language language = currentLanguage();
    const QString note = text.simplified().left(kAnnotationLength);
    const Annotation *before = m_study.annotation(key, wave);
    if ((before ? before->text.value(language) : QString()) == note)
        return true;
    Study after = m_study;
    after.setAnnotation(key, wave, language, note);
    const LocalizedText name = m_study.segments.at(m_selectedSegment).name;
    applyEdit(after, [removed = note.isEmpty(), name, key, wave] {
        const QString shown = name.text(currentLanguage()).isEmpty() ? key : name.text(currentLanguage());
        return removed ? tr("Remove the annotation of “%1”, %2").arg(shown).arg(wave)
                       : tr("Annotate “%1”, %2").arg(shown).arg(wave);
    });
    updateEmphasisActions();
    return m_study.annotation(key, wave) ? m_study.annotation(key, wave)->text.value(language) == note : note.isEmpty();
}

void MainWindow::askForAnnotation()
{
    const QString key = m_study.seriesKey(m_selectedSegment);
    const int wave = annotationWave();
    if (m_selectedSegment < 0 || key.isEmpty() || m_study.waveIndex(wave) < 0)
        return;
    const Language language = currentLanguage();
    const Annotation *existing = m_study.annotation(key, wave);
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("annotationDialog"));
    dialog.setWindowTitle(tr("Annotate"));
    dialog.setLabelText(tr("Note on “%1” (%2 characters at most, in %3; leave empty to remove it):")
                            .arg(ChartFactory::toolTipText(m_study, m_selectedSegment, wave, language))
                            .arg(kAnnotationLength)
                            .arg(languageName(language, language)));
    dialog.setTextValue(existing ? existing->text.value(language) : QString());
    if (auto *field = dialog.findChild<QLineEdit *>())
        field->setMaxLength(kAnnotationLength);
    if (dialog.exec() == QDialog::Accepted)
        annotateSelection(dialog.textValue());
}

void MainWindow::clearEmphasis()
{
    if (!m_library || (m_study.highlight.isEmpty() && m_study.annotations.isEmpty()))
        return;
    Study after = m_study;
    after.highlight.clear();
    after.annotations.clear();
    applyEdit(after, [] {
        return tr("Clear emphasis and annotations");
    });
    updateEmphasisActions();
}

int MainWindow::askWhereBusinessStands()
{
    PlacementDialog dialog(m_study, this);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    const int segment = m_study.segmentIndex(dialog.segmentKey());
    selectSegment(segment);
    statusBar()->showMessage(dialog.resultText(), 15000);
    return segment;
}

QString MainWindow::headlineText() const
{
    return m_headline->text();
}

QString MainWindow::narrativeText() const
{
    return m_narrative->text();
}

void MainWindow::exportChart()
{
    ExportDialog dialog(currentChart(), this);
    dialog.setChartSource([this](ChartKind kind) {
        return ChartSpec{m_study, kind, m_waveYear, currentLanguage(), m_style};
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveSettings();
    const ChartSpec spec{m_study, dialog.chartKind(), m_waveYear, currentLanguage(), m_style};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> error = ::exportChart(spec, dialog.options(), dialog.filePath());
    QApplication::restoreOverrideCursor();
    if (error) {
        showPlainMessage(this, QMessageBox::Critical, tr("Export Failed"), *error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.filePath())), 8000);
}

void MainWindow::startPresentation()
{
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    m_presentation = new PresentationWindow(m_study, m_waveYear, m_style, this);
    m_presentation->setHighContrast(m_highContrast);
    connect(m_presentation, &PresentationWindow::languageToggleRequested, this, &MainWindow::setLanguage);
    m_presentation->present(screen());
}

PresentationWindow *MainWindow::presentation() const
{
    return m_presentation;
}

ChartSpec MainWindow::currentSpec() const
{
    return {m_study, currentChart(), m_waveYear, currentLanguage(), m_style};
}

void MainWindow::copyChart()
{
    QGuiApplication::clipboard()->setMimeData(chartMimeData(currentSpec()));
    statusBar()->showMessage(tr("Copied the chart and its figures"), 5000);
}

void MainWindow::exportAll()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export All Charts to a Folder"), AppSettings().exportFolder());
    if (!folder.isEmpty())
        exportAllTo(folder);
}

int MainWindow::exportAllTo(const QString &folder)
{
    const QList<BatchJob> jobs = batchJobs({m_study}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
                                           uiLanguages(), ExportOptions(), folder, m_style);
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(jobs.size()), this);
    progress.setWindowTitle(tr("Export All"));
    progress.setWindowModality(Qt::WindowModal);
    auto *progressLabel = new QLabel(&progress); // file names are shown as they are, never as markup
    progressLabel->setTextFormat(Qt::PlainText);
    progress.setLabel(progressLabel);
    progress.setLabelText(tr("Exporting charts…"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const BatchResult result = runBatch(jobs, [&progress](int written, int, const QString &path) {
        progress.setLabelText(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        progress.setValue(written);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (result.error)
        showPlainMessage(this, QMessageBox::Critical, tr("Export Failed"), *result.error);
    else if (result.cancelled)
        statusBar()->showMessage(tr("Export cancelled after %n file(s)", nullptr, result.written), 8000);
    else
        statusBar()->showMessage(
            tr("Exported %n file(s) to %1", nullptr, result.written).arg(QDir::toNativeSeparators(folder)), 8000);
    return result.written;
}

void MainWindow::exportReport()
{
    const QString folder =
        AppSettings().exportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    // The report is a PDF to read or a PowerPoint deck to present; the last choice is kept.
    QSettings settings;
    const bool deck = settings.value(QStringLiteral("report/format")).toString() == u"pptx";
    const QString pdfFilter = tr("PDF documents (*.pdf)");
    const QString pptxFilter = tr("PowerPoint presentations (*.pptx)");
    QString filter = deck ? pptxFilter : pdfFilter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"),
                                     QDir(folder).filePath(tr("chart-of-the-week-report") +
                                                           (deck ? QStringLiteral(".pptx") : QStringLiteral(".pdf"))),
                                     pdfFilter + QStringLiteral(";;") + pptxFilter, &filter);
    if (path.isEmpty())
        return;
    const std::optional<ExportFormat> format = exportFormatForPath(path);
    if (format != ExportFormat::Pdf && format != ExportFormat::Pptx)
        path += filter == pptxFilter ? QStringLiteral(".pptx") : QStringLiteral(".pdf");
    if (exportReportTo(path))
        settings.setValue(QStringLiteral("report/format"), exportFormatCode(*exportFormatForPath(path)));
}

bool MainWindow::exportReportTo(const QString &path)
{
    ReportOptions options;
    options.language = currentLanguage();
    options.style = m_style;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> error = exportFormatForPath(path) == ExportFormat::Pptx
                                             ? writeReportDeck(m_study, options.language, m_style, path)
                                             : writeReport({m_study}, options, path);
    QApplication::restoreOverrideCursor();
    if (error) {
        showPlainMessage(this, QMessageBox::Critical, tr("Export Failed"), *error);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!::printChart(&printer, currentSpec()))
        QMessageBox::critical(this, tr("Print"), tr("The printer could not start."));
}

void MainWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    const ChartSpec spec = currentSpec();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [spec](QPrinter *target) {
        ::printChart(target, spec);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Chart of the Week"),
                       tr("Chart of the Week %1\n\nTurns survey data into a weekly chart with advice.\n\n%2")
                           .arg(QStringLiteral(CHARTWEEK_VERSION), Narrative::sourceLine(m_study, currentLanguage())));
}

void MainWindow::restoreSettings()
{
    const AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry())) {
        // First start: the usual size, but never larger than the screen the window opens on
        // (1280×760 would run off a 1024×700 screen); there it starts maximised.
        const QSize usual(1280, 760);
        const QSize available = screen() ? screen()->availableGeometry().size() : usual;
        resize(usual.boundedTo(available));
        if (usual.width() > available.width() || usual.height() > available.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (!restoreState(settings.windowState()) && m_libraryDock) {
        // First start: the library as narrow as its buttons allow on a small screen, so the
        // charts between it and the advice get the room they need.
        const int screenWidth = screen() ? screen()->availableGeometry().width() : 1280;
        const int wanted = std::max(m_libraryDock->minimumSizeHint().width(), screenWidth / 5);
        resizeDocks({m_libraryDock}, {wanted}, Qt::Horizontal);
    }
    m_splitter->restoreState(settings.splitterState());
    showChart(settings.chart());
    if (const std::optional<int> wave = settings.wave(); wave && m_study.waveIndex(*wave) >= 0)
        m_waveYear = *wave;
    const int index = m_waveSelector->findData(m_waveYear);
    if (index >= 0) {
        QSignalBlocker blocker(m_waveSelector);
        m_waveSelector->setCurrentIndex(index);
    }
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_splitter->saveState());
    settings.setChart(currentChart());
    settings.setWave(m_waveYear);
}

MainWindow *MainWindow::connectToTeamLibrary()
{
    ConnectTeamLibraryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    std::unique_ptr<PostgresStudyRepository> repository = dialog.takeRepository();
    if (m_library->repository()->teamLibraryName().isEmpty())
        AppSettings().setLibraryFile(m_library->repository()->displayName());
    AppSettings().setDatabasePath(repository->location().displayName());
    saveSettings(); // the new window opens where this one is
    auto *window = new MainWindow(repository.get());
    repository.release()->setParent(window); // goes after the window's own library
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
    return window;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseWithKeptEdits()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

// The one place that sets the look: the chart style, the window palette (theme and high
// contrast together) and the checked theme action.
void MainWindow::installTheme()
{
    m_style = ChartStyle::themeFrom(themeDescription(m_theme, m_brand));
    applyApplicationPalette(m_theme, m_highContrast);
    for (ChartWidget *chart : {m_barChart, m_trendChart})
        chart->setHighContrast(m_highContrast);
    if (m_presentation)
        m_presentation->setHighContrast(m_highContrast);
    {
        const QSignalBlocker blocker(m_actions.highContrast);
        m_actions.highContrast->setChecked(m_highContrast);
    }
    (m_theme == ThemeKind::Dark    ? m_actions.darkTheme
     : m_theme == ThemeKind::Brand ? m_actions.brandTheme
                                   : m_actions.lightTheme)
        ->setChecked(true);
}

void MainWindow::setTheme(ThemeKind kind)
{
    AppSettings().setTheme(kind);
    m_theme = kind;
    installTheme();
    refreshCharts();
}

bool MainWindow::setBrandTheme(const BrandTheme &brand)
{
    return m_library && m_library->setBrandTheme(brand);
}

void MainWindow::editBrandTheme()
{
    BrandThemeDialog dialog(m_brand, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (setBrandTheme(dialog.brand()))
        setTheme(ThemeKind::Brand);
}

// The tab order: library search → library list (and its buttons) → chart tabs → chart →
// data editor → wave selector → advice and its texts.
QList<QWidget *> MainWindow::tabStops() const
{
    // Each pane's widgets in the order of the focus chain; widgets made later (the advice
    // sections of another study) join the chain at its end, away from their pane.
    QList<QWidget *> ring;
    for (QWidget *widget = nextInFocusChain(); widget && widget != this; widget = widget->nextInFocusChain())
        ring.append(widget);
    const auto inside = [&ring](const QWidget *pane) {
        QList<QWidget *> widgets;
        for (QWidget *widget : std::as_const(ring)) {
            // A widget with a focus proxy (a spin box's line edit) hands the focus on: as a
            // stop of its own it would take Tab back to where it came from.
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() && widget != pane &&
                pane->isAncestorOf(widget))
                widgets.append(widget);
        }
        return widgets;
    };
    QList<QWidget *> stops;
    if (m_libraryPane)
        stops += inside(m_libraryPane);
    stops << m_tabs->tabBar() << m_barChart->chartView() << m_trendChart->chartView();
    if (m_editor)
        stops += inside(m_editor);
    stops << m_waveSelector << m_advice;
    stops += inside(m_advice); // its texts, to read and copy by keyboard
    return stops;
}

void MainWindow::setUpTabOrder()
{
    const QList<QWidget *> stops = tabStops();
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const QList<QWidget *> stops = tabStops();
    const qsizetype at = stops.indexOf(QApplication::focusWidget());
    if (at < 0) // the focus is elsewhere (a toolbar button, a floating dock): Qt's order
        return QMainWindow::focusNextPrevChild(next);
    const qsizetype count = stops.size();
    for (qsizetype step = 1; step < count; ++step) {
        QWidget *candidate = stops.at(((at + (next ? step : -step)) % count + count) % count);
        if (candidate->isVisible() && candidate->isEnabled() && (candidate->focusPolicy() & Qt::TabFocus)) {
            candidate->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            // As QScrollArea does when it moves the focus itself: the new stop scrolls into view.
            for (QWidget *parent = candidate->parentWidget(); parent && parent != this;
                 parent = parent->parentWidget()) {
                if (auto *scrollArea = qobject_cast<QScrollArea *>(parent))
                    scrollArea->ensureWidgetVisible(candidate);
            }
            return true;
        }
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::retranslateAccessibility()
{
    m_tabs->tabBar()->setAccessibleName(tr("Chart and data tabs"));
    m_waveSelector->setAccessibleName(tr("Survey wave"));
    m_headline->setAccessibleName(tr("Headline"));
    m_narrative->setAccessibleName(tr("What the figures say"));
    m_menus.toolBar->setAccessibleName(m_menus.toolBar->windowTitle());
    // Qt names the dock's title buttons once, in English, when it makes them.
    if (m_libraryDock) {
        for (QAbstractButton *button : m_libraryDock->findChildren<QAbstractButton *>()) {
            if (button->objectName() == u"qt_dockwidget_closebutton")
                button->setAccessibleName(tr("Close the library"));
            else if (button->objectName() == u"qt_dockwidget_floatbutton")
                button->setAccessibleName(tr("Detach the library"));
        }
    }
    statusBar()->clearMessage(); // a message in the other language would stay until it times out
}

void MainWindow::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    AppSettings().setHighContrast(on);
    m_highContrast = on;
    installTheme();
}
