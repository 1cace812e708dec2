// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"
#include "core/theme.h"
#include "ui/charts/chartspec.h"

#include <QMainWindow>
#include <QPointer>

class AdvicePanel;
class ChartWidget;
class LibraryPane;
class StudyDatabase;
class StudyEditor;
class StudyLibrary;
class QDockWidget;
class QUndoStack;
class PresentationWindow;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;

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
    explicit MainWindow(StudyDatabase *database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The language from the settings; on first start, the system locale's.
    static Language preferredLanguage();

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
    int selectedSegment() const { return m_selectedSegment; }

    /// Shows another study of the library.
    bool openStudy(qint64 id);
    /// Opens the import preview for a CSV or JSON file and, when the user confirms, adds
    /// its studies to the library (one undoable step). Returns the new ids.
    QList<qint64> importFile(const QString &path);
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
    bool highContrast() const;

    /// View → Present (F5): the charts and the advice full screen (see PresentationWindow).
    void startPresentation();
    /// The running presentation; null when there is none.
    PresentationWindow *presentation() const;

    /// The chart on screen as a spec (chart, wave, current language).
    ChartSpec currentSpec() const;
    /// Edit → Copy: the current chart as image plus its data as tab-separated text.
    void copyChart();
    /// File → Export All: every chart as PNG, PDF and SVG in both languages into folder,
    /// with a progress dialog that can be cancelled. Returns the number of files written.
    int exportAllTo(const QString &folder);
    /// File → Export Report: the PDF report in the current language; false on failure
    /// (after telling the user).
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

private:
    void setUpWidgets();
    void setUpLibrary();
    void rebuildWaveSelector();
    void applyEdit(const Study &after, const QString &description);
    void createActions();
    void createMenus();
    void retranslate();
    void refreshCharts();
    void exportChart();
    void exportAll();
    void exportReport();
    void printChart();
    void printPreview();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void setUpThemes();
    void retranslateThemes();
    void installTheme();
    bool storeBrandTheme(const BrandTheme &brand);
    void setUpKeyboardAndAccessibility();
    void retranslateAccessibility();

    Study m_study;
    StudyLibrary *m_library = nullptr;
    LibraryPane *m_libraryPane = nullptr;
    StudyEditor *m_editor = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QUndoStack *m_ownUndoStack = nullptr;
    int m_waveYear = 0;
    int m_selectedSegment = -1;

    QTabWidget *m_tabs = nullptr;
    ChartWidget *m_barChart = nullptr;
    ChartWidget *m_trendChart = nullptr;
    AdvicePanel *m_advice = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_narrative = nullptr;
    QLabel *m_waveLabel = nullptr;
    QComboBox *m_waveSelector = nullptr;
    QSplitter *m_splitter = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newStudyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_placementAction = nullptr;
    QAction *m_libraryAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAllAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_printPreviewAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_barAction = nullptr;
    QAction *m_trendAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_germanAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QAction *m_highContrastAction = nullptr;
    QAction *m_presentAction = nullptr;
    QMenu *m_presentOnMenu = nullptr;
    QPointer<PresentationWindow> m_presentation;

    StudyDatabase *m_database = nullptr;
    ThemeKind m_theme = ThemeKind::Light;
    BrandTheme m_brand;
    QMenu *m_themeMenu = nullptr;
    QAction *m_lightThemeAction = nullptr;
    QAction *m_darkThemeAction = nullptr;
    QAction *m_brandThemeAction = nullptr;
    QAction *m_editBrandAction = nullptr;
};
