// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/postgresstudyrepository.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// File → Connect to Team Library…: where the team's PostgreSQL library is (server, port,
/// database, user name) and, on Connect, the connection itself. A password is never asked
/// for or stored: libpq reads it from ~/.pgpass (or the file PGPASSFILE names), as the note
/// in the dialog says. Starts with the library connected last (AppSettings::teamLibrary()).
/// When the connection fails, the dialog stays open and shows the server's reason; when it
/// succeeds, the dialog is accepted and takeRepository() hands over the open library.
class ConnectTeamLibraryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectTeamLibraryDialog)

public:
    explicit ConnectTeamLibraryDialog(QWidget *parent = nullptr);
    ~ConnectTeamLibraryDialog() override;

    /// What the fields say now. An empty server means libpq's default (PGHOST, else the
    /// local socket); a server starting with "/" is a Unix socket folder.
    PostgresLocation location() const;
    void setLocation(const PostgresLocation &location);

    /// Tries to connect to location(): accepts the dialog on success, else shows why (the
    /// message also goes to problemText()). Connect runs this.
    bool connectToLibrary();
    /// The library connected to, once; null before a successful connectToLibrary().
    std::unique_ptr<PostgresStudyRepository> takeRepository();

    QString problemText() const;
    QPushButton *connectButton() const { return m_connect; }

private:
    void updateAddress();

    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connect;
    std::unique_ptr<PostgresStudyRepository> m_repository;
};
