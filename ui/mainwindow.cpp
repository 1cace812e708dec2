// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/mainwindow.h"

#include "core/advice.h"
#include "core/narrative.h"
#include "core/studydatabase.h"
#include "ui/advice/advicepanel.h"
#include "ui/advice/placementdialog.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/data/importdialog.h"
#include "ui/data/studyeditor.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartclipboard.h"
#include "ui/export/chartexporter.h"
#include "ui/export/exportdialog.h"
#include "ui/export/reportwriter.h"
#include "ui/highcontrast.h"
#include "ui/library/librarypane.h"
#include "ui/library/studylibrary.h"
#include "ui/presentation/presentationscreenmenu.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/relativefont.h"
#include "ui/theme/applicationpalette.h"
#include "ui/theme/brandthemecommand.h"
#include "ui/theme/brandthemedialog.h"

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
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kSplitterKey = QStringLiteral("ui/splitter");
const QString kChartKey = QStringLiteral("ui/chart");
const QString kWaveKey = QStringLiteral("ui/wave");
const QString kStudyKey = QStringLiteral("ui/study");
const QString kStateKey = QStringLiteral("ui/state");
const QString kThemeKey = QStringLiteral("ui/theme");

// QMessageBox guesses rich text from the first line; messages that name files or studies
// are always shown as plain text.
void showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
const QString kHighContrastKey = QStringLiteral("ui/highContrast");

} // namespace

MainWindow::MainWindow(const Study &study, QWidget *parent)
    : QMainWindow(parent)
    , m_study(study)
    , m_ownUndoStack(new QUndoStack(this))
    , m_waveYear(study.latestWaveYear())
{
    setUpWidgets();
    restoreSettings();
    setUpKeyboardAndAccessibility();
    retranslate();
}

MainWindow::MainWindow(StudyDatabase *database, QWidget *parent)
    : QMainWindow(parent)
    , m_library(new StudyLibrary(database, this))
    , m_database(database)
{
    setUpWidgets();
    setUpLibrary();
    restoreSettings();
    const QSettings settings;
    const qint64 remembered = settings.value(kStudyKey).toLongLong();
    bool opened = remembered > 0 &&
                  m_library->studies().end() != std::find_if(m_library->studies().begin(), m_library->studies().end(),
                                                             [remembered](const StudySummary &s) {
                                                                 return s.id == remembered;
                                                             }) &&
                  openStudy(remembered);
    // Else the newest chart of the week: the library lists it first.
    for (int i = 0; !opened && i < m_library->studies().size(); ++i)
        opened = openStudy(m_library->studies().at(i).id);
    setUpKeyboardAndAccessibility();
    retranslate();
}

void MainWindow::setUpWidgets()
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/chartweek.svg")));

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);

    m_headline = new QLabel(central);
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    RelativeFont::apply(m_headline, 1.35, true);
    m_narrative = new QLabel(central);
    m_narrative->setObjectName(QStringLiteral("narrative"));
    m_narrative->setTextFormat(Qt::PlainText);
    m_narrative->setWordWrap(true);

    m_tabs = new QTabWidget(central);
    m_barChart = new ChartWidget(m_tabs);
    m_barChart->setObjectName(QStringLiteral("barChart"));
    m_trendChart = new ChartWidget(m_tabs);
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_tabs->addTab(m_barChart, QString());
    m_tabs->addTab(m_trendChart, QString());

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

    createActions();
    createMenus();
    setUpThemes();

    connect(m_waveSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setWave(m_waveSelector->itemData(index).toInt());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0 || index == 1)
            (index == 1 ? m_trendAction : m_barAction)->setChecked(true);
    });
    for (ChartWidget *chart : {m_barChart, m_trendChart}) {
        connect(chart, &ChartWidget::segmentActivated, this, [this](int segmentIndex, int waveYear) {
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

void MainWindow::setUpLibrary()
{
    m_libraryPane = new LibraryPane(m_library, this);
    m_libraryPane->setObjectName(QStringLiteral("libraryPane"));
    m_libraryDock = new QDockWidget(this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_libraryPane);
    m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    m_libraryAction = m_libraryDock->toggleViewAction();
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_libraryAction);

    m_editor = new StudyEditor(m_tabs);
    m_editor->setObjectName(QStringLiteral("studyEditor"));
    m_tabs->addTab(m_editor, QString());

    m_newStudyAction = new QAction(this);
    m_newStudyAction->setShortcut(QKeySequence::New);
    m_fileMenu->insertAction(m_exportAction, m_newStudyAction);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->insertAction(m_exportAction, m_importAction);
    m_fileMenu->insertSeparator(m_exportAction);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString folder = QSettings().value(QStringLiteral("import/folder")).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Study Data"), folder,
                                                          tr("Study data (*.csv *.txt *.tsv *.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    setAcceptDrops(true);
    connect(m_newStudyAction, &QAction::triggered, this, [this] {
        if (const qint64 id = m_library->create()) {
            openStudy(id);
            m_tabs->setCurrentWidget(m_editor);
            m_editor->titleField()->setFocus();
            m_editor->titleField()->selectAll();
        }
    });

    connect(m_libraryPane, &LibraryPane::openRequested, this, &MainWindow::openStudy);
    connect(m_editor, &StudyEditor::editRequested, this, &MainWindow::applyEdit);
    connect(m_library, &StudyLibrary::studyChanged, this, [this](qint64 id) {
        if (id == m_study.id || m_study.id == 0)
            openStudy(id);
    });
    connect(m_library, &StudyLibrary::studyRemoved, this, [this](qint64 id) {
        if (id != m_study.id || m_library->studies().isEmpty())
            return;
        openStudy(m_library->studies().first().id);
    });
    connect(m_library, &StudyLibrary::errorOccurred, this, [this](const QString &message) {
        showPlainMessage(this, QMessageBox::Warning, tr("Chart of the Week"), message);
    });
}

QList<qint64> MainWindow::importFile(const QString &path)
{
    if (!m_library)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"),
                             tr("%1 can't be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    ImportDialog dialog(file.readAll(), QDir::toNativeSeparators(path), currentLanguage(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor); // one transaction; well under a second for 100,000 rows
    const QList<qint64> ids = m_library->importStudies(dialog.result().studies, QFileInfo(path).fileName());
    QApplication::restoreOverrideCursor();
    if (!ids.isEmpty()) {
        openStudy(ids.constFirst());
        statusBar()->showMessage(
            tr("Imported %n study(ies) from %1", nullptr, int(ids.size())).arg(QFileInfo(path).fileName()), 8000);
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
        if (url.isLocalFile() && (suffix == u"csv" || suffix == u"txt" || suffix == u"tsv" || suffix == u"json"))
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
    // After the drop has finished, so the drag source isn't kept waiting by the dialog.
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
    QSettings().setValue(kStudyKey, id);
    setWindowTitle(tr("Chart of the Week") + QStringLiteral(" — ") + m_study.topic.text(currentLanguage()));
    refreshCharts();
    return true;
}

void MainWindow::applyEdit(const Study &after, const QString &description)
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

Language MainWindow::preferredLanguage()
{
    const QSettings settings;
    if (const auto stored = languageFromCode(settings.value(kLanguageKey).toString()))
        return *stored;
    return languageForLocale(QLocale::system());
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportChart);

    m_undoAction = undoStack()->createUndoAction(this);
    m_undoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redoAction = undoStack()->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_exportAllAction = new QAction(this);
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAll);
    m_exportReportAction = new QAction(this);
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_printAction = new QAction(this);
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printChart);
    m_printPreviewAction = new QAction(this);
    connect(m_printPreviewAction, &QAction::triggered, this, &MainWindow::printPreview);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyChart);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto *chartGroup = new QActionGroup(this);
    m_barAction = new QAction(QIcon(QStringLiteral(":/icons/bar.svg")), QString(), chartGroup);
    m_barAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_barAction->setCheckable(true);
    m_barAction->setChecked(true);
    m_trendAction = new QAction(QIcon(QStringLiteral(":/icons/trend.svg")), QString(), chartGroup);
    m_trendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_trendAction->setCheckable(true);
    connect(m_barAction, &QAction::triggered, this, [this] {
        showChart(ChartKind::Bar);
    });
    connect(m_trendAction, &QAction::triggered, this, [this] {
        showChart(ChartKind::Trend);
    });

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    // Language names stay in their own language, so a user who can't read the current
    // one still finds theirs.
    auto *languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(QStringLiteral("English"), languageGroup);
    m_englishAction->setObjectName(QStringLiteral("language_en"));
    m_germanAction = new QAction(QStringLiteral("Deutsch"), languageGroup);
    m_germanAction->setObjectName(QStringLiteral("language_de"));
    for (QAction *action : {m_englishAction, m_germanAction})
        action->setCheckable(true);
    connect(m_englishAction, &QAction::triggered, this, [this] {
        setLanguage(Language::English);
    });
    connect(m_germanAction, &QAction::triggered, this, [this] {
        setLanguage(Language::German);
    });

    m_presentAction = new QAction(this);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::startPresentation);

    m_placementAction = new QAction(this);
    m_placementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_placementAction, &QAction::triggered, this, &MainWindow::askWhereBusinessStands);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportAllAction);
    m_fileMenu->addAction(m_exportReportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addAction(m_printPreviewAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addAction(m_copyAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_barAction);
    m_viewMenu->addAction(m_trendAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentAction);
    m_presentOnMenu = new PresentationScreenMenu(this);
    m_viewMenu->addMenu(m_presentOnMenu);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_germanAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_placementAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_barAction);
    m_toolBar->addAction(m_trendAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_waveLabel);
    m_toolBar->addWidget(m_waveSelector);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_placementAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Chart of the Week") + QStringLiteral(" — ") + m_study.topic.text(currentLanguage()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    if (m_newStudyAction) {
        m_newStudyAction->setText(tr("&New Study"));
        m_importAction->setText(tr("&Import CSV or JSON…"));
        m_importAction->setToolTip(tr("Import study data from a spreadsheet (CSV) or a shared study file (JSON); "
                                      "you can also drop the file on the window"));
        m_libraryDock->setWindowTitle(tr("Library"));
        m_libraryAction->setText(tr("&Library"));
        m_tabs->setTabText(2, tr("Data"));
    }
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Export the chart as PNG, PDF or SVG (Ctrl+E)"));
    m_exportAllAction->setText(tr("Export &All…"));
    m_exportAllAction->setToolTip(tr("Every chart as PNG, PDF and SVG, in English and German"));
    m_exportReportAction->setText(tr("Export &Report…"));
    m_exportReportAction->setToolTip(tr("A PDF report with every chart, its headline, the advice and the sources"));
    m_printAction->setText(tr("&Print…"));
    m_printPreviewAction->setText(tr("Print Pre&view…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy Chart"));
    m_copyAction->setToolTip(tr("Copy the chart as an image and its figures as a table (Ctrl+C)"));
    m_quitAction->setText(tr("&Quit"));
    m_barAction->setText(tr("&Bar Chart"));
    m_barAction->setToolTip(tr("Segments of one survey wave (Ctrl+1)"));
    m_trendAction->setText(tr("&Trend Chart"));
    m_trendAction->setToolTip(tr("Shares across the survey waves (Ctrl+2)"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Chart of the Week"));
    m_placementAction->setText(tr("&Where Does My Business Stand?"));
    m_placementAction->setToolTip(tr("Answer a few questions and see the advice for a business like yours "
                                     "(Ctrl+Shift+W)"));
    m_presentAction->setText(tr("&Present"));
    m_presentAction->setToolTip(tr("Show the charts and the advice full screen, one slide each (F5)"));
    m_waveLabel->setText(tr("Survey &wave:"));
    m_waveSelector->setToolTip(tr("The survey wave the bar chart shows"));
    m_tabs->setTabText(0, tr("Bar chart"));
    m_tabs->setTabText(1, tr("Trend chart"));
    m_englishAction->setChecked(currentLanguage() == Language::English);
    m_germanAction->setChecked(currentLanguage() == Language::German);
    retranslateThemes();
    retranslateAccessibility();
    refreshCharts();
}

void MainWindow::refreshCharts()
{
    const Language language = currentLanguage();
    m_barChart->setSpec({m_study, ChartKind::Bar, m_waveYear, language});
    m_trendChart->setSpec({m_study, ChartKind::Trend, m_waveYear, language});
    m_barChart->setSelectedSegment(m_selectedSegment);
    m_trendChart->setSelectedSegment(m_selectedSegment);
    QStringList sentences = Narrative::sentences(m_study, m_waveYear, language);
    if (!sentences.isEmpty())
        sentences.removeFirst(); // the generated headline; displayHeadline() may replace it
    m_headline->setText(Narrative::displayHeadline(m_study, m_waveYear, language));
    m_advice->setSections(adviceSections(m_study, language));
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
    QSettings settings;
    settings.setValue(kLanguageKey, languageCode(language));
    if (language == currentLanguage())
        return;
    QString error;
    if (!installLanguage(language, &error))
        showPlainMessage(this, QMessageBox::Warning, tr("Language"), error);
    // installLanguage() sent QEvent::LanguageChange, which calls retranslate().
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveSettings();
    const ChartSpec spec{m_study, dialog.chartKind(), m_waveYear, currentLanguage()};
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
    m_presentation = new PresentationWindow(m_study, m_waveYear, this);
    connect(m_presentation, &PresentationWindow::languageToggleRequested, this, &MainWindow::setLanguage);
    m_presentation->present(screen());
}

PresentationWindow *MainWindow::presentation() const
{
    return m_presentation;
}

ChartSpec MainWindow::currentSpec() const
{
    return {m_study, currentChart(), m_waveYear, currentLanguage()};
}

void MainWindow::copyChart()
{
    QGuiApplication::clipboard()->setMimeData(chartMimeData(currentSpec()));
    statusBar()->showMessage(tr("Copied the chart and its figures"), 5000);
}

void MainWindow::exportAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export All Charts to a Folder"), QSettings().value(QStringLiteral("export/folder")).toString());
    if (!folder.isEmpty())
        exportAllTo(folder);
}

int MainWindow::exportAllTo(const QString &folder)
{
    const QList<BatchJob> jobs = batchJobs({m_study}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
                                           {Language::English, Language::German}, ExportOptions(), folder);
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(jobs.size()), this);
    progress.setWindowTitle(tr("Export All"));
    progress.setWindowModality(Qt::WindowModal);
    auto *progressLabel = new QLabel(&progress); // file names are shown as they are, never as markup
    progressLabel->setTextFormat(Qt::PlainText);
    progress.setLabel(progressLabel);
    progress.setLabelText(tr("Exporting charts…"));
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const BatchResult result = runBatch(jobs, [&progress](int done, int, const QString &path) {
        progress.setLabelText(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        progress.setValue(done);
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
        QSettings()
            .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(folder).filePath(tr("chart-of-the-week-report") + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

bool MainWindow::exportReportTo(const QString &path)
{
    ReportOptions options;
    options.language = currentLanguage();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> error = writeReport({m_study}, options, path);
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
                           .arg(QStringLiteral(CHARTWEEK_VERSION), Narrative::sourceLine(m_study)));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    showChart(settings.value(kChartKey).toString() == u"trend" ? ChartKind::Trend : ChartKind::Bar);
    const int wave = settings.value(kWaveKey, m_waveYear).toInt();
    if (m_study.waveIndex(wave) >= 0)
        m_waveYear = wave;
    const int index = m_waveSelector->findData(m_waveYear);
    if (index >= 0) {
        QSignalBlocker blocker(m_waveSelector);
        m_waveSelector->setCurrentIndex(index);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kChartKey, chartKindCode(currentChart()));
    settings.setValue(kWaveKey, m_waveYear);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpThemes()
{
    auto *group = new QActionGroup(this);
    m_lightThemeAction = new QAction(group);
    m_darkThemeAction = new QAction(group);
    m_brandThemeAction = new QAction(group);
    for (const auto &[action, kind] :
         {std::pair{m_lightThemeAction, ThemeKind::Light}, std::pair{m_darkThemeAction, ThemeKind::Dark},
          std::pair{m_brandThemeAction, ThemeKind::Brand}}) {
        action->setObjectName(themeKindCode(kind) + QStringLiteral("ThemeAction"));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            setTheme(kind);
        });
    }
    m_editBrandAction = new QAction(this);
    m_editBrandAction->setObjectName(QStringLiteral("editBrandThemeAction"));
    m_editBrandAction->setEnabled(m_database != nullptr);
    connect(m_editBrandAction, &QAction::triggered, this, &MainWindow::editBrandTheme);

    m_themeMenu = new QMenu(this);
    m_themeMenu->addActions(group->actions());
    m_themeMenu->addSeparator();
    m_themeMenu->addAction(m_editBrandAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_themeMenu);

    if (m_database) {
        if (const auto error = m_database->loadBrandTheme(&m_brand))
            statusBar()->showMessage(error->message);
    }
    m_theme = themeKindFromCode(QSettings().value(kThemeKey).toString()).value_or(ThemeKind::Light);
    installTheme();
}

void MainWindow::retranslateThemes()
{
    m_themeMenu->setTitle(tr("T&heme"));
    m_lightThemeAction->setText(tr("&Light"));
    m_darkThemeAction->setText(tr("&Dark"));
    m_brandThemeAction->setText(tr("&Brand"));
    m_brandThemeAction->setToolTip(tr("The team's logo, colours and font, as set in Brand Theme…"));
    m_editBrandAction->setText(tr("Brand &Theme…"));
}

void MainWindow::installTheme()
{
    ChartStyle::setTheme(themeDescription(m_theme, m_brand));
    applyApplicationPalette(m_theme);
    (m_theme == ThemeKind::Dark    ? m_darkThemeAction
     : m_theme == ThemeKind::Brand ? m_brandThemeAction
                                   : m_lightThemeAction)
        ->setChecked(true);
}

void MainWindow::setTheme(ThemeKind kind)
{
    QSettings().setValue(kThemeKey, themeKindCode(kind));
    m_theme = kind;
    installTheme();
    refreshCharts();
}

bool MainWindow::storeBrandTheme(const BrandTheme &brand)
{
    if (!m_database)
        return false;
    if (const auto error = m_database->saveBrandTheme(brand)) {
        QMessageBox::warning(this, tr("Brand Theme"), error->message);
        return false;
    }
    m_brand = normalizedBrandTheme(brand);
    installTheme();
    refreshCharts();
    return true;
}

bool MainWindow::setBrandTheme(const BrandTheme &brand)
{
    const BrandTheme before = m_brand;
    const BrandTheme after = normalizedBrandTheme(brand);
    if (after == before)
        return true;
    if (!storeBrandTheme(after))
        return false;
    undoStack()->push(new BrandThemeCommand(
        [this](const BrandTheme &value) {
            return storeBrandTheme(value);
        },
        before, after, tr("Change Brand Theme")));
    return true;
}

void MainWindow::editBrandTheme()
{
    BrandThemeDialog dialog(m_brand, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (setBrandTheme(dialog.brand()))
        setTheme(ThemeKind::Brand);
}

// Keyboard and screen readers: View → High Contrast, the tab order and the accessible names.
void MainWindow::setUpKeyboardAndAccessibility()
{
    if (!m_highContrastAction) {
        m_highContrastAction = new QAction(this);
        m_highContrastAction->setObjectName(QStringLiteral("highContrastAction"));
        m_highContrastAction->setCheckable(true);
        m_highContrastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        m_viewMenu->insertAction(m_presentAction, m_highContrastAction);
        m_viewMenu->insertSeparator(m_presentAction);
        connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);
        m_viewMenu->insertAction(m_fullScreenAction, m_toolBar->toggleViewAction());
    }
    m_highContrastAction->setChecked(QSettings().value(kHighContrastKey, HighContrast::isApplied()).toBool());
    HighContrast::apply(m_highContrastAction->isChecked());

    // Tab order: library search → library list (and its buttons) → chart tabs → chart →
    // data editor → wave selector → advice.
    const auto focusable = [](QWidget *container) {
        QList<QWidget *> widgets;
        for (QWidget *next = container->nextInFocusChain(); next != container && container->isAncestorOf(next);
             next = next->nextInFocusChain()) {
            if (next->focusPolicy() & Qt::TabFocus)
                widgets.append(next);
        }
        return widgets;
    };
    QList<QWidget *> chain;
    if (m_libraryPane)
        chain += focusable(m_libraryPane);
    chain << m_tabs->tabBar() << m_barChart->chartView() << m_trendChart->chartView();
    if (m_editor)
        chain += focusable(m_editor);
    chain << m_waveSelector << m_advice;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::retranslateAccessibility()
{
    if (!m_highContrastAction)
        return; // still being set up
    m_highContrastAction->setText(tr("&High Contrast"));
    m_highContrastAction->setToolTip(tr("Black text on white and strong colours in the charts (Ctrl+Shift+H)"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart and data tabs"));
    m_waveSelector->setAccessibleName(tr("Survey wave"));
    m_headline->setAccessibleName(tr("Headline"));
    m_narrative->setAccessibleName(tr("What the figures say"));
    m_toolBar->setAccessibleName(m_toolBar->windowTitle());
    statusBar()->clearMessage(); // a message in the other language would stay until it times out
}

void MainWindow::setHighContrast(bool on)
{
    if (m_highContrastAction->isChecked() != on) {
        m_highContrastAction->setChecked(on); // comes back through toggled()
        return;
    }
    QSettings().setValue(kHighContrastKey, on);
    HighContrast::apply(on);
}

bool MainWindow::highContrast() const
{
    return m_highContrastAction->isChecked();
}
