// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/librarypane.h"

#include "ui/library/studylibrary.h"
#include "ui/library/studylistmodel.h"
#include "ui/undoshortcutfilter.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

LibraryPane::LibraryPane(StudyLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new StudyListModel(this))
    , m_filter(new StudyFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setClearButtonEnabled(true);
    UndoShortcutFilter::install(m_search);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(StudyListModel::WeekColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StudyListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StudyListModel::WavesColumn, QHeaderView::ResizeToContents);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrow keys move in it
    m_view->installEventFilter(this);   // its current cell only while it has the focus

    // Two rows of two: the pane stays narrow enough for the charts at 1024 px, and every
    // button keeps room for its text in both languages.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_delete, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &StudyFilterModel::setSearchText);
    connect(m_library, &StudyLibrary::studiesChanged, this, &LibraryPane::reload);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(StudyListModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPane::updateButtons);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_library->create())
            Q_EMIT openRequested(id);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_library->duplicate(selectedStudy()))
            Q_EMIT openRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &LibraryPane::deleteSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedStudy())
            Q_EMIT openRequested(id);
    });

    retranslate();
    reload();
}

void LibraryPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search title or source…"));
    m_search->setAccessibleName(tr("Search the library"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Create a new study for next week's chart"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected study (Ctrl+Z brings it back)"));
    m_open->setText(tr("&Open"));
    m_view->setAccessibleName(tr("Library of charts"));
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn && !m_view->currentIndex().isValid()) {
        // Before the view's own handling, which would make the first row current: the
        // selected study's title is where the keyboard starts (and what a screen reader reads).
        const QModelIndexList rows = m_view->selectionModel()->selectedRows(StudyListModel::TitleColumn);
        if (!rows.isEmpty())
            m_view->selectionModel()->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
    } else if (watched == m_view && event->type() == QEvent::FocusOut) {
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate); // keeps the selection
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setStudies(m_library->studies()); // week column texts
        setCurrentStudy(m_current);
    }
    QWidget::changeEvent(event);
}

void LibraryPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void LibraryPane::fitColumns()
{
    const int readableTitle = fontMetrics().averageCharWidth() * 24;
    const int sourceWidth = fontMetrics().averageCharWidth() * 22;
    const auto contentsWidth = [this](int column) {
        const QAbstractItemView *view = m_view; // QTableView makes the hint protected
        return std::max(view->sizeHintForColumn(column), m_view->horizontalHeader()->sectionSizeHint(column));
    };
    const int available = m_view->viewport()->width() - contentsWidth(StudyListModel::WeekColumn);
    const int waves = contentsWidth(StudyListModel::WavesColumn);
    const bool showWaves = available - waves >= readableTitle;
    const bool showSource = showWaves && available - waves - sourceWidth >= readableTitle;
    m_view->setColumnHidden(StudyListModel::WavesColumn, !showWaves);
    m_view->setColumnHidden(StudyListModel::SourceColumn, !showSource);
    if (showSource)
        m_view->setColumnWidth(StudyListModel::SourceColumn, sourceWidth);
}

void LibraryPane::reload()
{
    m_model->setStudies(m_library->studies());
    fitColumns();
    setCurrentStudy(m_current);
}

void LibraryPane::setCurrentStudy(qint64 id)
{
    m_current = id;
    const int sourceRow = m_model->rowOfStudy(id);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        if (m_view->hasFocus()) {
            m_view->selectRow(index.row());
        } else {
            // Selected, but not current: Qt's table reports its current cell as focused to a
            // screen reader, and announces a new current cell as a focus change, even while
            // the focus is elsewhere. The list takes its current cell when it takes the focus.
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        }
    }
    updateButtons();
}

qint64 LibraryPane::selectedStudy() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(StudyListModel::IdRole).toLongLong();
}

QStringList LibraryPane::visibleTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        titles.append(m_filter->index(row, StudyListModel::TitleColumn).data().toString());
    return titles;
}

bool LibraryPane::deleteSelected()
{
    const qint64 id = selectedStudy();
    if (!id || !m_delete->isEnabled())
        return false;
    const QString title = m_model->index(m_model->rowOfStudy(id), StudyListModel::TitleColumn).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Delete Study"), tr("Delete the study “%1”?").arg(title),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("deleteStudyQuestion"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Edit → Undo (Ctrl+Z) brings it back."));
    QPushButton *confirm = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(confirm);
    box.exec();
    if (box.clickedButton() != confirm || !m_library->remove(id))
        return false;
    Q_EMIT statusMessage(tr("Deleted “%1” — Edit → Undo (Ctrl+Z) brings it back").arg(title));
    return true;
}

void LibraryPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void LibraryPane::updateButtons()
{
    const bool selected = selectedStudy() != 0;
    m_new->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(selected && !m_readOnly);
    m_delete->setEnabled(selected && !m_readOnly && m_model->rowCount() > 1);
    m_open->setEnabled(selected);
}
