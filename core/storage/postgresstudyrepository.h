// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/sqlstudyrepository.h"

#include <QString>
#include <QTimer>
#include <QUrl>

/// Where a team library on a PostgreSQL server is: what open() connects to. Made from a
/// libpq connection URI, "postgresql://user@host:port/dbname?param=value" (also
/// "postgres://"). Parts that are left out are taken by libpq from its PG* environment
/// variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSERVICE, …), a service file and
/// ~/.pgpass for the password. A Unix socket folder goes into the query ("?host=/run/pg").
struct PostgresLocation
{
    QString host;     ///< Host name, address or socket folder; empty: libpq's default.
    int port = -1;    ///< TCP port (or the socket's number); -1: libpq's default.
    QString user;     ///< Empty: libpq's default (PGUSER, else the login name).
    QString database; ///< Empty: libpq's default (PGDATABASE, else the user name).
    /// Further libpq parameters from the query ("sslmode=require", "service=team", …).
    QList<std::pair<QString, QString>> options;

    /// Whether text is meant as a PostgreSQL URI (starts with "postgresql:" or "postgres:").
    static bool isUri(const QString &text);
    /// The location in uri; an error message (naming the part) in *problem when it is not
    /// a valid PostgreSQL URI or carries a password (passwords belong in ~/.pgpass or the
    /// keyring, never on a command line or in settings).
    static PostgresLocation fromUri(const QString &uri, QString *problem);
    /// The location as a URI without any password, for titles and messages.
    QString displayName() const;
    /// The database and, unless it is a local socket, the server: "marketing (db.example.com)".
    QString shortName() const;
};

/// The team library in a PostgreSQL database (Qt's QPSQL driver, Debian package
/// libqt6sql6-psql), with the same tables as the SQLite file: SchemaMigrator runs the same
/// migration files under a transaction-level advisory lock, so two clients starting at once
/// migrate once; a newer schema is refused. Every write is one transaction. A study loaded
/// by this client carries the row version it was loaded at (the study row's xmin, which
/// every committed change of the row moves on): saving it after a colleague saved the same
/// study is refused as Conflict, never written over the colleague's version. Every committed
/// write tells the other clients (NOTIFY on kChannel, sent in the write's transaction), and
/// what the others commit comes back as changedElsewhere() while the event loop runs.
///
/// Faults: a lost connection (the server stopped, the network went down) is noticed by the
/// next call or by a ping every kKeepAliveMilliseconds while the event loop runs. Then
/// isReachable() is false, reachabilityChanged(false) is emitted, every call fails as
/// Disconnected, and the event loop tries to connect again, first after
/// kFirstReconnectMilliseconds, then less often (up to kMaxReconnectMilliseconds). A write
/// whose COMMIT went unanswered is looked up by its transaction id (pg_xact_status()) once
/// the server is back, and commitOutcomeKnown() tells whether it was stored.
class PostgresStudyRepository final : public SqlStudyRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresStudyRepository)

public:
    /// How long libpq tries to connect before the server counts as unreachable.
    static constexpr int kConnectTimeoutSeconds = 10;
    /// The same when connecting again in the background (libpq's shortest).
    static constexpr int kReconnectTimeoutSeconds = 2;
    /// How long a statement waits for a colleague's lock before it reports Busy (default).
    static constexpr int kLockTimeoutSeconds = 5;
    /// How often an idle connection is checked.
    static constexpr int kKeepAliveMilliseconds = 2000;
    /// The first and the longest wait before connecting again.
    static constexpr int kFirstReconnectMilliseconds = 500;
    static constexpr int kMaxReconnectMilliseconds = 5000;
    /// How long sent data may stay unacknowledged over TCP before the connection counts as lost.
    static constexpr int kUnansweredMilliseconds = 15000;
    /// The LISTEN/NOTIFY channel of a library; the payload lists the changed study ids,
    /// comma-separated (empty: anything may have changed).
    static constexpr QLatin1StringView kChannel{"chartweek_library"};

    explicit PostgresStudyRepository(QObject *parent = nullptr);
    ~PostgresStudyRepository() override;

    /// Connects to the library at location and creates (and seeds) or migrates its schema.
    /// CannotOpen (with libpq's reason) when the server can't be reached or refuses the
    /// login, Foreign when the database holds other tables, NewerSchema when a newer app
    /// has migrated it.
    StorageResult<void> open(const PostgresLocation &location);
    void close();
    const PostgresLocation &location() const { return m_location; }
    QString teamLibraryName() const override { return m_location.shortName(); }

    /// Open, also while the server can't be reached (see isReachable()).
    bool isOpen() const override { return m_open; }
    bool isReachable() const override { return m_open && m_reachable; }
    /// Connects again now, as the event loop does by itself after a lost connection; does
    /// nothing when the connection works. The error of the attempt when the server is still
    /// away.
    StorageResult<void> reconnect();
    /// How long a statement waits for a colleague's lock, from the next connection on
    /// (kLockTimeoutSeconds by default; the fault tests wait longer).
    void setLockTimeoutSeconds(int seconds) { m_lockTimeoutSeconds = seconds; }

protected:
    int busySeconds() const override { return m_lockTimeoutSeconds; }
    bool connectionLost(const QSqlError &error) const override;
    StorageResult<void> announceChanges(const QString &what, const QList<qint64> &studyIds) override;
    /// The server's user name (current_user), which the history names.
    QString author() const override { return m_user; }

private:
    /// A new connection to m_location, its schema checked or migrated, live updates subscribed.
    StorageResult<void> connectToServer(int timeoutSeconds);
    bool ping() const;
    static bool serverAnswered(const QSqlError &error);
    void loseConnection();

    PostgresLocation m_location;
    QString m_user;
    int m_lockTimeoutSeconds = kLockTimeoutSeconds;
    bool m_open = false;
    mutable bool m_reachable = false;
    QTimer m_keepAlive;
    QTimer m_reconnect;
};
