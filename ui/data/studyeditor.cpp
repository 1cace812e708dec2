// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/studyeditor.h"

#include "core/phrasebook.h"
#include "core/validation.h"
#include "ui/accessiblerole.h"
#include "ui/data/adviceeditor.h"
#include "ui/data/sharetablemodel.h"
#include "ui/textfieldtab.h"
#include "ui/undoshortcutfilter.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

StudyEditor::StudyEditor(QWidget *parent)
    : QWidget(parent)
    , m_shares(new ShareTableModel(this))
    , m_segments(new SegmentTableModel(this))
    , m_title(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_texts(new QWidget(this))
    , m_topicLabel(new QLabel(m_texts))
    , m_headlineLabel(new QLabel(m_texts))
    , m_addLanguage(new QPushButton(this))
    , m_scheduled(new QCheckBox(this))
    , m_chartWeek(new QDateEdit(this))
    , m_multipleAnswers(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_segmentView(new QTableView(this))
    , m_shareView(new QTableView(this))
    , m_segmentCell(new CurrentCellWhileFocused(m_segmentView))
    , m_shareCell(new CurrentCellWhileFocused(m_shareView))
    , m_pasteShares(new QAction(m_shareView))
    , m_addWave(new QPushButton(this))
    , m_removeWave(new QPushButton(this))
    , m_addSegment(new QPushButton(this))
    , m_removeSegment(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_advice(new AdviceEditor(this))
{
    m_title->setObjectName(QStringLiteral("studyTitle"));
    m_shareView->setObjectName(QStringLiteral("shareTable"));
    m_removeWave->setObjectName(QStringLiteral("removeWave"));
    m_pages->setObjectName(QStringLiteral("editorPages"));
    // Its tab bar takes the focus; the tab widget around it would be a second, unnamed stop.
    m_pages->setFocusPolicy(Qt::NoFocus);
    m_pages->tabBar()->setFocusPolicy(Qt::TabFocus); // setFocusPolicy() passes on to the focus proxy
    m_segmentView->setObjectName(QStringLiteral("segmentTable"));
    m_year->setRange(1900, 2200);
    m_chartWeek->setCalendarPopup(true);
    m_chartWeek->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes->setObjectName(QStringLiteral("studyNotes"));
    m_notes->setMaximumHeight(70);
    letTabLeaveTextField(m_notes);
    // Below the form (narrow windows) the tables keep a few rows in view.
    m_segmentView->setMinimumHeight(120);
    m_shareView->setMinimumHeight(130);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_shareView->setModel(m_shares);
    // A cell's own editor keeps Ctrl+V for itself (QLineEdit overrides the shortcut).
    m_pasteShares->setShortcut(QKeySequence::Paste);
    m_pasteShares->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_shareView->addAction(m_pasteShares);
    connect(m_pasteShares, &QAction::triggered, this, [this] {
        const QModelIndex current = m_shareCell->currentIndex();
        m_shares->pasteTable(current.isValid() ? current : m_shares->index(0, 0), QGuiApplication::clipboard()->text());
    });
    m_segmentView->setModel(m_segments);
    m_segmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Segment names can be long: columns as wide as their header, scrolling when needed.
    m_shareView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shareView->horizontalHeader()->setMinimumSectionSize(70);
    for (QTableView *view : {m_shareView, m_segmentView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
        // The arrow keys move between cells; Tab and Shift+Tab leave the table, so the tab
        // order goes back the way it came (as in the library list).
        view->setTabKeyNavigation(false);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    }

    auto *form = new QFormLayout;
    auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    addRow(m_title);
    addRow(m_publisher);
    addRow(m_year);
    addRow(m_source);
    // The texts: one column per language, rebuilt when the languages change.
    m_texts->setObjectName(QStringLiteral("studyTexts"));
    auto *textGrid = new QGridLayout(m_texts);
    textGrid->setContentsMargins(0, 0, 0, 0);
    textGrid->addWidget(m_topicLabel, 1, 0);
    textGrid->addWidget(m_headlineLabel, 2, 0);
    m_addLanguage->setObjectName(QStringLiteral("addLanguage"));
    form->addRow(m_texts);
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch(1);
    languageRow->addWidget(m_addLanguage);
    form->addRow(languageRow);
    auto *weekRow = new QWidget(this);
    weekRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *weekLayout = new QHBoxLayout(weekRow);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(m_scheduled);
    weekLayout->addWidget(m_chartWeek, 1);
    addRow(weekRow);
    m_labels.constLast()->setBuddy(m_scheduled); // the row's mnemonic reaches its first control
    form->addRow(QString(), m_multipleAnswers);
    addRow(m_notes);

    auto *segmentButtons = new QHBoxLayout;
    segmentButtons->addWidget(m_addSegment);
    segmentButtons->addWidget(m_removeSegment);
    segmentButtons->addStretch(1);
    auto *waveButtons = new QHBoxLayout;
    waveButtons->addWidget(m_addWave);
    waveButtons->addWidget(m_removeWave);
    waveButtons->addStretch(1);

    auto *tables = new QVBoxLayout;
    tables->addWidget(m_segmentView, 1);
    tables->addLayout(segmentButtons);
    tables->addWidget(m_shareView, 2);
    tables->addLayout(waveButtons);
    tables->addWidget(m_message);

    // Form and tables side by side when there is room, else the tables below the form; the
    // page scrolls instead of making the window wider or taller.
    auto *figures = new QWidget;
    m_figuresLayout = new QBoxLayout(QBoxLayout::LeftToRight, figures);
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    m_figuresLayout->addLayout(formColumn, 2);
    m_figuresLayout->addLayout(tables, 3);
    m_figuresPage = new QScrollArea(this);
    m_figuresPage->setObjectName(QStringLiteral("figuresPage"));
    m_figuresPage->setWidgetResizable(true);
    m_figuresPage->setFrameShape(QFrame::NoFrame);
    // Every field in it takes the focus and scrolls into view with it; the page itself is no
    // stop (a screen reader would find a focusable object that does nothing).
    m_figuresPage->setFocusPolicy(Qt::NoFocus);
    m_figuresPage->setWidget(figures);
    m_figuresPage->viewport()->installEventFilter(this);
    m_pages->addTab(m_figuresPage, QString());
    m_pages->addTab(m_advice, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_advice, &AdviceEditor::editRequested, this, &StudyEditor::editRequested);

    const std::pair<QLineEdit *, const char *> fields[] = {
        {m_title, QT_TR_NOOP("Edit title")},
        {m_publisher, QT_TR_NOOP("Edit publisher")},
        {m_source, QT_TR_NOOP("Edit source")},
    };
    for (const auto &[field, description] : fields) {
        // A field undoes its own typing; once committed, Ctrl+Z undoes the stored change.
        UndoShortcutFilter::install(field);
        connect(field, &QLineEdit::editingFinished, this, [this, description = description] {
            commitMetadata([description] {
                return tr(description);
            });
        });
    }
    connect(m_year, &QSpinBox::editingFinished, this, [this] {
        commitMetadata([] {
            return tr("Edit publication year");
        });
    });
    const UndoText chartWeekEdit = [] {
        return tr("Edit chart week");
    };
    connect(m_scheduled, &QCheckBox::toggled, this, [this, chartWeekEdit](bool on) {
        m_chartWeek->setEnabled(on);
        commitMetadata(chartWeekEdit);
    });
    connect(m_chartWeek, &QDateEdit::editingFinished, this, [this, chartWeekEdit] {
        commitMetadata(chartWeekEdit);
    });
    connect(m_multipleAnswers, &QCheckBox::toggled, this, [this] {
        commitMetadata([] {
            return tr("Edit multiple answers");
        });
    });
    m_notes->installEventFilter(this); // notes are committed when the field loses focus

    connect(m_shares, &ShareTableModel::editRequested, this, &StudyEditor::editRequested);
    connect(m_segments, &SegmentTableModel::editRequested, this, &StudyEditor::editRequested);
    connect(m_shares, &ShareTableModel::inputRejected, this, &StudyEditor::showRejection);
    connect(m_segments, &SegmentTableModel::inputRejected, this, &StudyEditor::showRejection);
    connect(m_addWave, &QPushButton::clicked, this, &StudyEditor::promptForWave);
    connect(m_removeWave, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_shareCell->currentIndex();
        removeWave(current.isValid() ? current.row() : int(m_study.waves.size()) - 1);
    });
    connect(m_addSegment, &QPushButton::clicked, this, &StudyEditor::addSegment);
    connect(m_addLanguage, &QPushButton::clicked, this, &StudyEditor::promptForLanguage);
    connect(m_removeSegment, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_segmentCell->currentIndex();
        removeSegment(current.isValid() ? current.row() : int(m_study.segments.size()) - 1);
    });

    rebuildTextFields();
    retranslate();
}

void StudyEditor::arrangeFigures()
{
    // Side by side needs the form's and the tables' minimum widths plus some room to type.
    const QLayoutItem *form = m_figuresLayout->itemAt(0);
    const QLayoutItem *tables = m_figuresLayout->itemAt(1);
    const QMargins margins = m_figuresLayout->contentsMargins();
    const int sideBySide = form->minimumSize().width() + tables->minimumSize().width() + margins.left() +
                           margins.right() + m_figuresLayout->spacing() + 200;
    const auto direction =
        m_figuresPage->viewport()->width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_figuresLayout->direction() != direction)
        m_figuresLayout->setDirection(direction);
}

bool StudyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_figuresPage->viewport() && event->type() == QEvent::Resize)
        arrangeFigures();
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitMetadata([] {
            return tr("Edit notes");
        });
    return QWidget::eventFilter(watched, event);
}

void StudyEditor::retranslate()
{
    m_pasteShares->setText(tr("&Paste Shares"));
    const QString labels[] = {tr("&Title:"),  tr("&Publisher:"),  tr("Publication &year:"),
                              tr("&Source:"), tr("Chart &week:"), tr("N&otes:")};
    for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i)
        m_labels.at(i)->setText(labels[i]);
    m_topicLabel->setText(tr("To&pic:"));
    m_headlineLabel->setText(tr("&Headline:"));
    m_addLanguage->setText(tr("Add &Language…"));
    m_addLanguage->setToolTip(tr("Add a column for the texts of another language"));
    for (const TextColumn &column : std::as_const(m_textColumns)) {
        const QString name = languageName(column.language, m_language);
        column.title->setText(name);
        column.topic->setAccessibleName(tr("Topic (%1)").arg(name));
        column.headline->setAccessibleName(tr("Headline (%1)").arg(name));
        column.headline->setPlaceholderText(tr("Empty: generated from the figures"));
    }
    m_scheduled->setText(tr("Scheduled for the week of"));
    m_pages->tabBar()->setAccessibleName(tr("Figures and advice"));
    m_pages->setTabText(0, tr("Figures"));
    m_figuresPage->setAccessibleName(tr("Study details, segments and shares"));
    m_pages->setTabText(1, tr("Advice"));
    m_multipleAnswers->setText(tr("Multiple answers allowed"));
    m_multipleAnswers->setToolTip(tr("The shares of a survey wave need not add up to 100"));
    m_addWave->setText(tr("Add &Wave…"));
    m_removeWave->setText(tr("Remove Wave"));
    m_addSegment->setText(tr("Add Se&gment"));
    m_removeSegment->setText(tr("Remove Segment"));
    m_shareView->setAccessibleName(tr("Shares in percent: survey waves by segments"));
    m_segmentView->setAccessibleName(tr("Segments"));
    m_chartWeek->setAccessibleName(tr("Chart week"));
    m_notes->setAccessibleName(tr("Notes"));
    showValidation();
}

void StudyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StudyEditor::setLanguage(Language language)
{
    m_language = language;
    m_shares->setLanguage(language); // headers and number format follow the language
    m_segments->setLanguages(m_languages, language);
    m_advice->setLanguages(m_languages, language);
    retranslate();
}

void StudyEditor::addLanguage(Language language)
{
    if (m_languages.contains(language))
        return;
    m_addedLanguages.append(language);
    setStudy(m_study);
}

QLineEdit *StudyEditor::textField(const QString &field, Language language) const
{
    for (const TextColumn &column : m_textColumns) {
        if (column.language == language)
            return field == u"headline" ? column.headline : (field == u"topic" ? column.topic : nullptr);
    }
    return nullptr;
}

void StudyEditor::rebuildTextFields()
{
    auto *grid = static_cast<QGridLayout *>(m_texts->layout());
    for (const TextColumn &column : std::as_const(m_textColumns)) {
        delete column.title;
        delete column.topic;
        delete column.headline;
    }
    m_textColumns.clear();
    for (int i = 0; i < m_languages.size(); ++i) {
        const Language language = m_languages.at(i);
        TextColumn column{language, new QLabel(m_texts), new QLineEdit(m_texts), new QLineEdit(m_texts)};
        QFont bold = column.title->font();
        bold.setBold(true);
        column.title->setFont(bold);
        column.topic->setObjectName(QStringLiteral("topic_") + language.code());
        column.headline->setObjectName(QStringLiteral("headline_") + language.code());
        grid->addWidget(column.title, 0, i + 1);
        grid->addWidget(column.topic, 1, i + 1);
        grid->addWidget(column.headline, 2, i + 1);
        grid->setColumnStretch(i + 1, 1);
        for (QLineEdit *field : {column.topic, column.headline}) {
            UndoShortcutFilter::install(field);
            const bool topic = field == column.topic;
            connect(field, &QLineEdit::editingFinished, this, [this, language, topic] {
                commitMetadata([language, topic] {
                    const QString name = languageName(language, currentLanguage());
                    return topic ? tr("Edit topic (%1)").arg(name) : tr("Edit headline (%1)").arg(name);
                });
            });
        }
        m_textColumns.append(column);
    }
    // New fields join the end of the focus chain; Tab takes them where they are on screen:
    // after the source, row by row, then "Add Language".
    QWidget *previous = m_source;
    for (const bool topics : {true, false}) {
        for (const TextColumn &column : std::as_const(m_textColumns)) {
            QWidget *field = topics ? column.topic : column.headline;
            setTabOrder(previous, field);
            previous = field;
        }
    }
    setTabOrder(previous, m_addLanguage);
    if (!m_textColumns.isEmpty()) {
        m_topicLabel->setBuddy(m_textColumns.constFirst().topic);
        m_headlineLabel->setBuddy(m_textColumns.constFirst().headline);
    }
    retranslate();
}

void StudyEditor::promptForLanguage()
{
    QStringList choices;
    QList<Language> offered = PhraseBook::languages();
    for (Language language : uiLanguages()) {
        if (!offered.contains(language))
            offered.append(language);
    }
    for (Language language : std::as_const(offered)) {
        if (!m_languages.contains(language))
            choices.append(QStringLiteral("%1 (%2)").arg(languageName(language, m_language), language.code()));
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Add Language"), tr("Language (a name from the list or a code such as \"fr\" or \"de-CH\"):"), choices,
        0, true, &ok);
    if (!ok)
        return;
    // "Français (fr)" → "fr"; else the text itself is the code.
    QString code = choice.trimmed();
    if (code.endsWith(u')') && code.contains(u'('))
        code = code.mid(code.lastIndexOf(u'(') + 1).chopped(1);
    const std::optional<Language> language = Language::fromTag(code);
    if (!language) {
        showRejection(tr("\"%1\" is not a language code (BCP 47, e.g. \"fr\" or \"de-CH\").").arg(choice));
        return;
    }
    if (m_languages.contains(*language)) {
        showRejection(tr("The study has a column for %1 already.").arg(languageName(*language, m_language)));
        return;
    }
    addLanguage(*language);
}

void StudyEditor::setStudy(const Study &study)
{
    if (study.id != m_study.id)
        m_addedLanguages.clear();
    const Study shown = std::exchange(m_study, study);
    const bool sameStudy = shown.id == study.id;
    // Every UI language has a column too, so a name that is missing in one (an imported
    // file has one language) shows as untranslated where it can be typed.
    QList<Language> languages = study.languages();
    for (Language added : uiLanguages() + m_addedLanguages) {
        if (!languages.contains(added))
            languages.append(added);
    }
    std::sort(languages.begin(), languages.end(), languageBefore);
    if (languages != m_languages) {
        m_languages = languages;
        rebuildTextFields();
        m_segments->setLanguages(m_languages, m_language);
        m_advice->setLanguages(m_languages, m_language);
    }
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_title),           QSignalBlocker(m_publisher), QSignalBlocker(m_year),
        QSignalBlocker(m_source),          QSignalBlocker(m_scheduled), QSignalBlocker(m_chartWeek),
        QSignalBlocker(m_multipleAnswers), QSignalBlocker(m_notes)};
    // A text longer than its field shows its beginning (setText() leaves the cursor at the
    // end, and the field shows the cursor), except in the field being typed in. What is
    // being typed stays when a colleague's save is shown meanwhile: the field keeps the
    // user's text, and finishing it stores it over the colleague's version of that field.
    const auto show = [sameStudy](QLineEdit *field, const QString &shown, const QString &text) {
        if (sameStudy && field->hasFocus() && field->isModified() && field->text() != shown)
            return;
        field->setText(text);
        if (!field->hasFocus())
            field->setCursorPosition(0);
    };
    show(m_title, shown.title, study.title);
    show(m_publisher, shown.publisher, study.publisher);
    m_year->setValue(study.year);
    show(m_source, shown.sourceCitation, study.sourceCitation);
    for (const TextColumn &column : std::as_const(m_textColumns)) {
        const QSignalBlocker topicBlocker(column.topic);
        const QSignalBlocker headlineBlocker(column.headline);
        show(column.topic, shown.topic.value(column.language), study.topic.value(column.language));
        show(column.headline, shown.headline.value(column.language), study.headline.value(column.language));
    }
    m_scheduled->setChecked(study.chartWeek.isValid());
    m_chartWeek->setEnabled(study.chartWeek.isValid());
    m_chartWeek->setDate(study.chartWeek.isValid() ? study.chartWeek : QDate::currentDate());
    m_multipleAnswers->setChecked(study.multipleAnswers);
    if (m_notes->toPlainText() != study.notes &&
        !(sameStudy && m_notes->hasFocus() && m_notes->toPlainText() != shown.notes))
        m_notes->setPlainText(study.notes);
    m_shares->setStudy(study);
    m_segments->setStudy(study);
    m_advice->setStudy(study);
    m_removeWave->setEnabled(study.waves.size() > 1);
    m_removeSegment->setEnabled(study.segments.size() > 1);
    showValidation();
}

void StudyEditor::commitMetadata(const UndoText &description)
{
    Study after = m_study;
    after.title = m_title->text().trimmed();
    after.publisher = m_publisher->text().trimmed();
    after.year = m_year->value();
    after.sourceCitation = m_source->text().trimmed();
    for (const TextColumn &column : std::as_const(m_textColumns)) {
        after.topic.setValue(column.language, column.topic->text().trimmed());
        after.headline.setValue(column.language, column.headline->text().trimmed());
    }
    // Any day picked stands for its week: store the week's Monday.
    const QDate day = m_chartWeek->date();
    after.chartWeek = m_scheduled->isChecked() ? day.addDays(1 - day.dayOfWeek()) : QDate();
    after.multipleAnswers = m_multipleAnswers->isChecked();
    after.notes = m_notes->toPlainText();
    if (after.title.isEmpty()) {
        showRejection(tr("The title must not be empty."));
        m_title->setText(m_study.title);
        return;
    }
    if (after == m_study)
        return;
    Q_EMIT editRequested(after, description);
}

void StudyEditor::showValidation()
{
    QStringList warnings;
    for (const ValidationIssue &issue : validateStudy(m_study, m_language))
        warnings.append(issue.message);
    m_message->setText(warnings.join(u'\n'));
    m_message->setStyleSheet(warnings.isEmpty() ? QString() : QStringLiteral("color: #7a3300;"));
}

void StudyEditor::showRejection(const QString &message)
{
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
}

QString StudyEditor::messageText() const
{
    return m_message->text();
}

void StudyEditor::promptForWave()
{
    const int suggested = m_study.waves.isEmpty() ? QDate::currentDate().year() : m_study.waves.constLast().year + 1;
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add Survey Wave"), tr("Year of the survey wave:"), suggested, 1900,
                                          2200, 1, &ok);
    if (ok)
        addWave(year);
}

void StudyEditor::addWave(int year)
{
    if (m_study.waveIndex(year) >= 0) {
        showRejection(tr("The survey wave %1 exists already.").arg(year));
        return;
    }
    Study after = m_study;
    SurveyWave wave{year, QList<Share>(after.segments.size(), std::nullopt)};
    auto position = std::find_if(after.waves.begin(), after.waves.end(), [year](const SurveyWave &existing) {
        return existing.year > year;
    });
    after.waves.insert(position, wave);
    Q_EMIT editRequested(after, [year] {
        return tr("Add survey wave %1").arg(year);
    });
}

void StudyEditor::removeWave(int row)
{
    if (row < 0 || row >= m_study.waves.size() || m_study.waves.size() <= 1)
        return;
    Study after = m_study;
    const int year = after.waves.at(row).year;
    after.waves.removeAt(row);
    Q_EMIT editRequested(after, [year] {
        return tr("Remove survey wave %1").arg(year);
    });
}

void StudyEditor::addSegment()
{
    Study after = m_study;
    const int number = int(after.segments.size()) + 1;
    QString key = QStringLiteral("segment-%1").arg(number);
    for (int n = number; after.segmentIndex(key) >= 0; ++n)
        key = QStringLiteral("segment-%1").arg(n + 1);
    // A placeholder name in every language of the editor, from its phrase table ("Answer 3").
    LocalizedText name;
    for (Language language : std::as_const(m_languages))
        name.setValue(language,
                      PhraseBook::forLanguage(language).phrase(QStringLiteral("editor.newSegment")).arg(number));
    after.segments.append({key, name, QString()});
    for (SurveyWave &wave : after.waves)
        wave.shares.append(std::nullopt);
    Q_EMIT editRequested(after, [] {
        return tr("Add segment");
    });
}

void StudyEditor::removeSegment(int row)
{
    if (row < 0 || row >= m_study.segments.size() || m_study.segments.size() <= 1)
        return;
    Study after = m_study;
    const LocalizedText name = after.segments.at(row).name;
    after.segments.removeAt(row);
    for (SurveyWave &wave : after.waves)
        wave.shares.removeAt(row);
    if (after.baselineSegment == row)
        after.baselineSegment = -1;
    else if (after.baselineSegment > row)
        --after.baselineSegment;
    Q_EMIT editRequested(after, [name] {
        return tr("Remove segment \"%1\"").arg(name.text(currentLanguage()));
    });
}
