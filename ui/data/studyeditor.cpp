// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/studyeditor.h"

#include "core/validation.h"
#include "ui/data/adviceeditor.h"
#include "ui/data/sharetablemodel.h"
#include "ui/undoshortcutfilter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
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
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

StudyEditor::StudyEditor(QWidget *parent)
    : QWidget(parent)
    , m_shares(new ShareTableModel(this))
    , m_segments(new SegmentTableModel(this))
    , m_title(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_year(new QSpinBox(this))
    , m_source(new QLineEdit(this))
    , m_topicEnglish(new QLineEdit(this))
    , m_topicGerman(new QLineEdit(this))
    , m_headlineEnglish(new QLineEdit(this))
    , m_headlineGerman(new QLineEdit(this))
    , m_scheduled(new QCheckBox(this))
    , m_chartWeek(new QDateEdit(this))
    , m_multipleAnswers(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_segmentView(new QTableView(this))
    , m_shareView(new QTableView(this))
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
    m_pages->setObjectName(QStringLiteral("editorPages"));
    m_segmentView->setObjectName(QStringLiteral("segmentTable"));
    m_year->setRange(1900, 2200);
    m_chartWeek->setCalendarPopup(true);
    m_chartWeek->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes->setMaximumHeight(70);
    // Below the form (narrow windows) the tables keep a few rows in view.
    m_segmentView->setMinimumHeight(120);
    m_shareView->setMinimumHeight(130);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_shareView->setModel(m_shares);
    m_segmentView->setModel(m_segments);
    m_segmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Segment names can be long: columns as wide as their header, scrolling when needed.
    m_shareView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shareView->horizontalHeader()->setMinimumSectionSize(70);
    for (QTableView *view : {m_shareView, m_segmentView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectItems);
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
    addRow(m_topicEnglish);
    addRow(m_topicGerman);
    addRow(m_headlineEnglish);
    addRow(m_headlineGerman);
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
        {m_topicEnglish, QT_TR_NOOP("Edit topic (English)")},
        {m_topicGerman, QT_TR_NOOP("Edit topic (German)")},
        {m_headlineEnglish, QT_TR_NOOP("Edit headline (English)")},
        {m_headlineGerman, QT_TR_NOOP("Edit headline (German)")},
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
        removeWave(m_shareView->currentIndex().isValid() ? m_shareView->currentIndex().row()
                                                         : int(m_study.waves.size()) - 1);
    });
    connect(m_addSegment, &QPushButton::clicked, this, &StudyEditor::addSegment);
    connect(m_removeSegment, &QPushButton::clicked, this, [this] {
        removeSegment(m_segmentView->currentIndex().isValid() ? m_segmentView->currentIndex().row()
                                                              : int(m_study.segments.size()) - 1);
    });

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
    const QString labels[] = {
        tr("&Title:"),           tr("&Publisher:"),      tr("Publication &year:"),   tr("&Source:"),
        tr("Topic (&English):"), tr("Topic (&German):"), tr("Headline (E&nglish):"), tr("Headline (Ger&man):"),
        tr("Chart &week:"),      tr("N&otes:")};
    for (int i = 0; i < m_labels.size() && i < int(std::size(labels)); ++i)
        m_labels.at(i)->setText(labels[i]);
    m_scheduled->setText(tr("Scheduled for the week of"));
    m_pages->setTabText(0, tr("Figures"));
    m_figuresPage->setAccessibleName(tr("Study details, segments and shares"));
    m_pages->setTabText(1, tr("Advice"));
    m_multipleAnswers->setText(tr("Multiple answers allowed"));
    m_multipleAnswers->setToolTip(tr("The shares of a survey wave need not add up to 100"));
    m_headlineEnglish->setPlaceholderText(tr("Empty: generated from the figures"));
    m_headlineGerman->setPlaceholderText(tr("Empty: generated from the figures"));
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_shares->setStudy(m_study); // headers and number format follow the language
    }
    QWidget::changeEvent(event);
}

void StudyEditor::setStudy(const Study &study)
{
    m_study = study;
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_title),           QSignalBlocker(m_publisher),       QSignalBlocker(m_year),
        QSignalBlocker(m_source),          QSignalBlocker(m_topicEnglish),    QSignalBlocker(m_topicGerman),
        QSignalBlocker(m_headlineEnglish), QSignalBlocker(m_headlineGerman),  QSignalBlocker(m_scheduled),
        QSignalBlocker(m_chartWeek),       QSignalBlocker(m_multipleAnswers), QSignalBlocker(m_notes)};
    m_title->setText(study.title);
    m_publisher->setText(study.publisher);
    m_year->setValue(study.year);
    m_source->setText(study.sourceCitation);
    m_topicEnglish->setText(study.topic.english);
    m_topicGerman->setText(study.topic.german);
    m_headlineEnglish->setText(study.headline.english);
    m_headlineGerman->setText(study.headline.german);
    m_scheduled->setChecked(study.chartWeek.isValid());
    m_chartWeek->setEnabled(study.chartWeek.isValid());
    m_chartWeek->setDate(study.chartWeek.isValid() ? study.chartWeek : QDate::currentDate());
    m_multipleAnswers->setChecked(study.multipleAnswers);
    if (m_notes->toPlainText() != study.notes)
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
    after.topic = {m_topicEnglish->text().trimmed(), m_topicGerman->text().trimmed()};
    after.headline = {m_headlineEnglish->text().trimmed(), m_headlineGerman->text().trimmed()};
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
    for (const ValidationIssue &issue : validateStudy(m_study, currentLanguage()))
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
    after.segments.append(
        {key, {QStringLiteral("Answer %1").arg(number), QStringLiteral("Antwort %1").arg(number)}, QString()});
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
