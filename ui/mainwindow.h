// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"
#include "core/theme.h"
#include "ui/charts/chartspec.h"
#include "ui/charts/chartstyle.h"
#include "ui/undotext.h"

#include <QMainWindow>
#include <QPointer>

class AdvicePanel;
class ChartWidget;
class LibraryPane;
class StudyEditor;
class StudyLibrary;
class StudyRepository;
class QDockWidget;
class QUndoStack;
class PresentationWindow;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QToolBar;

/// The main window: this week's chart as bar and trend chart, a wave selector, the
/// headline and the advice per audience; with a database also the library of charts and
/// the data editor, every change undoable. Remembers language, geometry, chart, wave and
/// the open study.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// A viewer of one study, without library and editor.
    explicit MainWindow(const Study &study, QWidget *parent = nullptr);
    /// The full app on a database (not owned; it must outlive the window): opens the study
    /// shown last time, else the newest chart of the week.
    explicit MainWindow(StudyRepository *repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Switches every visible text to the language and remembers the choice.
    void setLanguage(Language language);

    void showChart(ChartKind kind);
    ChartKind currentChart() const;
    void setWave(int waveYear);
    int currentWave() const { return m_waveYear; }
    /// "Where does my business stand?": asks a few questions, then selects the reader's
    /// segment and shows its advice. Returns the segment index, or -1 when cancelled.
    int askWhereBusinessStands();
    /// Selects a segment as a click on its bar would; -1 clears the selection.
    void selectSegment(int segmentIndex);
    /// Emphasises the selected segment in every chart of the study (the others muted), or
    /// takes the emphasis away; stored with the study, undoable.
    void setSelectedSegmentEmphasised(bool on);
    /// Sets the annotation of the selected bar (bar chart: the segment in the wave shown) or
    /// trend point (the wave last clicked, else the newest) in the current language; an
    /// empty text removes it. Stored with the study, undoable; false when nothing is selected
    /// or the study can't be changed.
    bool annotateSelection(const QString &text);
    /// Removes the emphasis and every annotation of the study, in one undoable step.
    void clearEmphasis();
    int selectedSegment() const { return m_selectedSegment; }

    /// Shows another study of the library.
    bool openStudy(qint64 id);
    /// Opens the import preview for a CSV or JSON file and, when the user confirms, adds
    /// its studies to the library (one undoable step). Returns the new ids.
    QList<qint64> importFile(const QString &path);
    /// Edit → Paste as New Study: the import preview for the table on the clipboard (cells
    /// copied in LibreOffice Calc or Excel arrive as tab-separated text), then as importFile().
    QList<qint64> pasteAsNewStudy();
    /// File → Connect to Team Library…: asks where the team library is, connects, and
    /// opens it in a new window (which owns the connection) in place of this one; the
    /// library is remembered for the next start. Returns the new window; null when
    /// cancelled, or when this window may not close yet (its new window stays open then).
    MainWindow *connectToTeamLibrary();
    /// importFile() once the event loop runs: for a dropped file (the drag source isn't
    /// kept waiting) and for a file given on the command line or by the desktop.
    void importFileLater(const QString &path);
    const Study &study() const { return m_study; }

    ChartWidget *barChart() const { return m_barChart; }
    LibraryPane *libraryPane() const { return m_libraryPane; }
    StudyEditor *studyEditor() const { return m_editor; }
    StudyLibrary *library() const { return m_library; }
    QUndoStack *undoStack() const;
    ChartWidget *trendChart() const { return m_trendChart; }
    AdvicePanel *advicePanel() const { return m_advice; }
    QString headlineText() const;
    QString narrativeText() const;

    /// View → High Contrast: the high-contrast theme for the whole app (see HighContrast),
    /// remembered in the settings.
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    /// View → Present (F5): the charts and the advice full screen (see PresentationWindow).
    void startPresentation();
    /// The running presentation; null when there is none.
    PresentationWindow *presentation() const;

    /// The chart on screen as a spec (chart, wave, current language, theme).
    ChartSpec currentSpec() const;
    /// Edit → Copy: the current chart as image plus its data as tab-separated text.
    void copyChart();
    /// File → Export All: every chart as PNG, PDF and SVG in both languages into folder,
    /// with a progress dialog that can be cancelled. Returns the number of files written.
    int exportAllTo(const QString &folder);
    /// File → Export Report: the PDF report, or for a .pptx path the PowerPoint deck, in the
    /// current language; false on failure (after telling the user).
    bool exportReportTo(const QString &path);

    /// View → Theme: the look of the charts, every export, the presentation and (dark) the
    /// window itself; remembered in the settings.
    void setTheme(ThemeKind kind);
    ThemeKind theme() const { return m_theme; }
    /// The team's brand theme as stored in the database (empty without a database).
    const BrandTheme &brandTheme() const { return m_brand; }
    /// Stores a new brand theme in the database as an undoable change; false (after
    /// telling the user) when it can't be stored or there is no database.
    bool setBrandTheme(const BrandTheme &brand);
    /// View → Theme → Brand Theme…: edits the brand; OK stores it and shows the brand theme.
    void editBrandTheme();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    /// Tab and Shift+Tab follow the panes' order (setUpTabOrder()) and wrap around at both
    /// ends, skipping what is hidden or disabled; Qt's own focus chain, which widgets made
    /// later (the dock, the advice sections) join at other places, leaves panes out.
    bool focusNextPrevChild(bool next) override;

private:
    /// The import preview for bytes read from \a name (a file's path, or "Clipboard") and,
    /// when the user confirms, the import; the new studies' source is \a sourceName.
    QList<qint64> importBytes(const QByteArray &bytes, const QString &name, const QString &sourceName);
    /// Every action of the menus and the toolbar, made in createActions() and placed in
    /// createMenus(); their texts are set in retranslate(). The library actions are null in
    /// a viewer without a database.
    struct Actions
    {
        QAction *newStudy = nullptr;
        QAction *import = nullptr;
        QAction *history = nullptr;
        QAction *connectTeamLibrary = nullptr;
        QAction *pasteAsNewStudy = nullptr;
        QAction *exportChart = nullptr;
        QAction *exportAll = nullptr;
        QAction *exportReport = nullptr;
        QAction *print = nullptr;
        QAction *printPreview = nullptr;
        QAction *quit = nullptr;
        QAction *undo = nullptr;
        QAction *redo = nullptr;
        QAction *copy = nullptr;
        QAction *library = nullptr;
        QAction *bar = nullptr;
        QAction *trend = nullptr;
        QAction *fullScreen = nullptr;
        QAction *highContrast = nullptr;
        QAction *present = nullptr;
        QAction *lightTheme = nullptr;
        QAction *darkTheme = nullptr;
        QAction *brandTheme = nullptr;
        QAction *editBrand = nullptr;
        QList<QAction *> languages; ///< One per UI language (uiLanguages()).
        QAction *placement = nullptr;
        QAction *about = nullptr;
        QAction *emphasise = nullptr;
        QAction *annotate = nullptr;
        QAction *clearEmphasis = nullptr;
    };
    /// The menus and the toolbar, filled in createMenus().
    struct Menus
    {
        QMenu *file = nullptr;
        QMenu *edit = nullptr;
        QMenu *view = nullptr;
        QMenu *theme = nullptr;
        QMenu *presentOn = nullptr;
        QMenu *chart = nullptr;
        QMenu *language = nullptr;
        QMenu *help = nullptr;
        QToolBar *toolBar = nullptr;
    };

    void setUpWidgets();
    void createActions();
    void createMenus();
    void connectLibrary();
    void setUpTabOrder();
    /// Every widget Tab stops at, pane by pane, in Tab order (hidden ones included).
    QList<QWidget *> tabStops() const;
    void openRememberedStudy();
    void rebuildWaveSelector();
    void applyEdit(const Study &after, const UndoText &description);
    /// File → Study History…: the history dialog; a version chosen there is restored (undoable).
    void showHistory();
    /// For a viewer of the team library (StudyRepository::readOnlyReason()): every action
    /// that writes is disabled and the status bar says why.
    void makeReadOnly();
    /// The status bar's word on the team library's connection and edits kept meanwhile.
    void updateConnectionStatus();
    /// Asked on closing with edits kept but not saved: true when the window may close.
    bool mayCloseWithKeptEdits();
    void importChosenFile();
    void createStudy();
    void retranslate();
    void applyLanguage();
    void retranslateAccessibility();
    void updateWindowTitle();
    /// Enables and checks the Chart menu's emphasis actions for the selection and the study.
    void updateEmphasisActions();
    /// Asks for the annotation text of the selection (File-less: the Chart menu's Annotate…).
    void askForAnnotation();
    /// The wave an annotation of the selection belongs to in the chart shown.
    int annotationWave() const;
    void refreshCharts();
    void updateNarrative(); ///< The narrative below the headline: the trend text on the trend tab.
    void exportChart();
    void exportAll();
    void exportReport();
    void printChart();
    void printPreview();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void installTheme();

    Study m_study;
    StudyLibrary *m_library = nullptr;
    QUndoStack *m_ownUndoStack = nullptr;
    int m_waveYear = 0;
    int m_selectedSegment = -1;
    int m_selectedWave = 0; ///< The wave of the trend point last clicked; 0 for the newest.
    bool m_ready = false;   ///< Set at the end of the constructor; charts are built from then on.
    ThemeKind m_theme = ThemeKind::Light;
    bool m_highContrast = false;
    bool m_readOnly = false; ///< The library may only be read (makeReadOnly()).
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_connectionLabel = nullptr; ///< Shown while the team library can't be reached.
    QLabel *m_libraryLabel = nullptr;    ///< The team library's name; null for a file.
    BrandTheme m_brand;
    ChartStyle::Theme m_style; ///< m_theme with m_brand: every chart, export and slide of this window.

    LibraryPane *m_libraryPane = nullptr;
    StudyEditor *m_editor = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartWidget *m_barChart = nullptr;
    ChartWidget *m_trendChart = nullptr;
    AdvicePanel *m_advice = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_narrative = nullptr;
    QLabel *m_waveLabel = nullptr;
    QComboBox *m_waveSelector = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<PresentationWindow> m_presentation;

    UndoActions *m_undoActions = nullptr;
    Actions m_actions;
    Menus m_menus;
};
