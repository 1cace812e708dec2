// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/database/connectdialog.h"

#include "core/language.h"
#include "ui/appsettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// PostgreSQL's own port, shown when the address names none.
constexpr int kDefaultPort = 5432;

} // namespace

ConnectTeamLibraryDialog::ConnectTeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_address(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_connect(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Connect to Team Library"));
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(tr("db.example.com"));
    m_port->setObjectName(QStringLiteral("portField"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_database->setObjectName(QStringLiteral("databaseField"));
    m_database->setPlaceholderText(tr("marketing"));
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setPlaceholderText(qEnvironmentVariable("USER"));

    auto *intro = new QLabel(tr("The team's library on a PostgreSQL server: everyone connected sees each other's "
                                "changes as they are saved."),
                             this);
    intro->setWordWrap(true);
    auto *passwordNote = new QLabel(tr("Chart of the Week never asks for or stores the password: it is read from "
                                       "~/.pgpass (a line server:port:database:user:password, readable only by you)."),
                                    this);
    passwordNote->setObjectName(QStringLiteral("passwordNote"));
    passwordNote->setWordWrap(true);
    passwordNote->setTextFormat(Qt::PlainText);
    m_address->setObjectName(QStringLiteral("addressPreview"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setTextFormat(Qt::PlainText); // the server's words as they are
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Address:"), m_address);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(passwordNote);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    m_connect->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectTeamLibraryDialog::connectToLibrary);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_server, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &ConnectTeamLibraryDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectTeamLibraryDialog::updateAddress);

    QString ignored; // a remembered address that no longer parses leaves the fields empty
    const QString remembered = AppSettings().teamLibrary();
    if (!remembered.isEmpty())
        setLocation(PostgresLocation::fromUri(remembered, &ignored));
    updateAddress();
}

ConnectTeamLibraryDialog::~ConnectTeamLibraryDialog() = default;

PostgresLocation ConnectTeamLibraryDialog::location() const
{
    PostgresLocation location;
    location.host = m_server->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    return location;
}

void ConnectTeamLibraryDialog::setLocation(const PostgresLocation &location)
{
    m_server->setText(location.host);
    m_port->setValue(location.port > 0 ? location.port : kDefaultPort);
    m_database->setText(location.database);
    m_user->setText(location.user);
}

void ConnectTeamLibraryDialog::updateAddress()
{
    m_address->setText(location().displayName());
    // libpq would take the user's name as the database's: a team library has a name of its own.
    m_connect->setEnabled(!m_database->text().trimmed().isEmpty());
    m_problem->hide();
}

bool ConnectTeamLibraryDialog::connectToLibrary()
{
    auto repository = std::make_unique<PostgresStudyRepository>();
    repository->setMessageLanguage(currentLanguage());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StorageResult<void> opened = repository->open(location());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_problem->setText(opened.error().message);
        m_problem->show();
        return false;
    }
    m_repository = std::move(repository);
    AppSettings().setTeamLibrary(m_repository->location().displayName());
    accept();
    return true;
}

std::unique_ptr<PostgresStudyRepository> ConnectTeamLibraryDialog::takeRepository()
{
    return std::move(m_repository);
}

QString ConnectTeamLibraryDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}
