// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/historydialog.h"

#include "core/studydifferences.h"
#include "ui/library/differencestable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(const StudyRepository *repository, qint64 studyId, Language language, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_studyId(studyId)
    , m_language(language)
    , m_versions(new QTreeWidget(this))
    , m_comparedWith(new QComboBox(this))
    , m_differences(new QTableWidget(this))
    , m_problem(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore This Version"), this))
{
    setWindowTitle(tr("Study History"));
    m_versions->setObjectName(QStringLiteral("historyVersions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({tr("Version"), tr("Saved"), tr("By")});
    m_versions->setAccessibleName(tr("Saved versions, newest first"));
    m_comparedWith->setObjectName(QStringLiteral("historyComparedWith"));
    m_differences->setObjectName(QStringLiteral("historyDifferences"));
    setUpDifferencesTable(m_differences);
    m_differences->setAccessibleName(tr("What the version changed"));
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_restore->setEnabled(false);

    auto *compareLabel = new QLabel(tr("&Compared with:"), this);
    compareLabel->setBuddy(m_comparedWith);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_comparedWith, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int chosen = selectedVersion();
        if (auto study = version(chosen)) {
            m_restored = std::move(study);
            m_restoredVersion = chosen;
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versions, 2);
    layout->addLayout(compareRow);
    layout->addWidget(m_differences, 3);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (auto history = m_repository->listVersions(studyId)) {
        m_history = std::move(history).value();
    } else {
        m_problem->setText(history.error().message);
        m_problem->show();
    }
    const QLocale locale = localeFor(language);
    for (const StudyVersion &entry : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, QString::number(entry.version));
        item->setData(0, Qt::UserRole, entry.version);
        item->setText(1, entry.savedAt.isValid() ? locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)
                                                 : tr("before history was kept"));
        item->setText(2, entry.savedBy.isEmpty() ? tr("unknown") : entry.savedBy);
    }
    for (int column = 0; column < 3; ++column)
        m_versions->resizeColumnToContents(column);
    if (m_history.isEmpty() && m_problem->isHidden()) {
        m_problem->setText(tr("This study has no saved versions yet: its history begins with its next save."));
        m_problem->show();
    }

    connect(m_versions, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showVersion);
    connect(m_comparedWith, &QComboBox::currentIndexChanged, this, &HistoryDialog::showDifferences);
    if (m_versions->topLevelItemCount() > 0)
        m_versions->setCurrentItem(m_versions->topLevelItem(0));
    resize(760, 520); // fits a 1024×700 screen
}

QString HistoryDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

int HistoryDialog::selectedVersion() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : 0;
}

std::optional<Study> HistoryDialog::version(int number)
{
    if (const auto found = m_loaded.constFind(number); found != m_loaded.constEnd())
        return *found;
    auto study = m_repository->loadVersion(m_studyId, number);
    if (!study) {
        m_problem->setText(study.error().message);
        m_problem->show();
        return std::nullopt;
    }
    m_loaded.insert(number, *study);
    return std::move(study).value();
}

void HistoryDialog::showVersion()
{
    const int chosen = selectedVersion();
    // The newest version is what is stored: restoring it would change nothing.
    m_restore->setEnabled(chosen > 0 && !m_history.isEmpty() && chosen != m_history.constFirst().version);
    const QSignalBlocker blocker(m_comparedWith);
    m_comparedWith->clear();
    int before = -1;
    for (const StudyVersion &entry : std::as_const(m_history)) {
        if (entry.version == chosen)
            continue;
        m_comparedWith->addItem(tr("Version %1").arg(entry.version), entry.version);
        if (before < 0 && entry.version < chosen)
            before = m_comparedWith->count() - 1; // the newest older one
    }
    m_comparedWith->setCurrentIndex(before >= 0 ? before : 0);
    m_comparedWith->setEnabled(m_comparedWith->count() > 0);
    showDifferences();
}

void HistoryDialog::showDifferences()
{
    const int chosen = selectedVersion();
    const int other = m_comparedWith->currentData().toInt();
    m_differences->setRowCount(0);
    m_differences->setHorizontalHeaderLabels(
        {tr("What"), other > 0 ? tr("Version %1").arg(other) : QString(), tr("Version %1").arg(chosen)});
    if (chosen <= 0 || other <= 0)
        return;
    const std::optional<Study> shown = version(chosen);
    const std::optional<Study> compared = version(other);
    if (!shown || !compared)
        return;
    ::showDifferences(m_differences, studyDifferences(*compared, *shown, m_language));
}
