// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/postgresstudyrepository.h"

#include "core/seedstudy.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

using Action = StorageMessages::Action;

namespace {

const PostgresDialect &postgresDialect()
{
    static const PostgresDialect dialect;
    return dialect;
}

constexpr qsizetype kMaxPayload = 7000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("chartweek-pg-%1").arg(++counter);
}

// A value in a libpq connection string: single quotes, with ' and \ escaped.
QString quotedValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

} // namespace

bool PostgresLocation::isUri(const QString &text)
{
    return text.startsWith(u"postgresql:", Qt::CaseInsensitive) || text.startsWith(u"postgres:", Qt::CaseInsensitive);
}

PostgresLocation PostgresLocation::fromUri(const QString &uri, QString *problem)
{
    PostgresLocation location;
    // libpq takes a socket folder as a percent-encoded host ("postgresql://anna@%2Frun%2Fpg/team"),
    // which QUrl refuses as a host name: it is read here and the rest parsed without it.
    static const QRegularExpression socketHost(QStringLiteral("^([A-Za-z]+://(?:[^@/?#]*@)?)(%2[Ff][^:/?#]*)(.*)$"));
    QString parsed = uri;
    QString socketFolder;
    if (const QRegularExpressionMatch match = socketHost.match(uri); match.hasMatch()) {
        socketFolder = QUrl::fromPercentEncoding(match.captured(2).toUtf8());
        parsed = match.captured(1) + QStringLiteral("localhost") + match.captured(3);
    }
    const QUrl url(parsed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        *problem = StorageMessages::invalidServerAddress(uri, url.isValid() ? QString() : url.errorString());
        return location;
    }
    if (!url.password().isEmpty()) {
        *problem = StorageMessages::passwordInAddress();
        return location;
    }
    location.host = socketFolder.isEmpty() ? url.host() : socketFolder;
    location.port = url.port(-1);
    location.user = url.userName();
    location.database = url.path().mid(1); // without the leading "/"
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password") {
            *problem = StorageMessages::passwordInAddress();
            return location;
        }
        if (key == u"host")
            location.host = value;
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"user")
            location.user = value;
        else if (key == u"dbname")
            location.database = value;
        else
            location.options.append({key, value});
    }
    problem->clear();
    return location;
}

QString PostgresLocation::displayName() const
{
    QString text = QStringLiteral("postgresql://");
    const bool socket = host.startsWith(u'/');
    if (!user.isEmpty())
        text += user + u'@';
    if (!socket)
        text += host;
    if (port > 0 && !socket)
        text += u':' + QString::number(port);
    text += u'/' + database;
    if (socket)
        text += QStringLiteral("?host=") + host;
    if (socket && port > 0) // the socket's number: another server than the default one
        text += QStringLiteral("&port=") + QString::number(port);
    return text;
}

QString PostgresLocation::shortName() const
{
    const QString name = !database.isEmpty() ? database : !user.isEmpty() ? user : displayName();
    if (host.isEmpty() || host.startsWith(u'/'))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, host);
}

PostgresStudyRepository::PostgresStudyRepository(QObject *parent)
    : SqlStudyRepository(postgresDialect(), parent)
{
    m_keepAlive.setInterval(kKeepAliveMilliseconds);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] {
        if (!ping())
            loseConnection();
    });
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        if (!reconnect() && !m_reachable && m_open) {
            m_reconnect.setInterval(std::min(m_reconnect.interval() * 2, kMaxReconnectMilliseconds));
            m_reconnect.start();
        }
    });
}

PostgresStudyRepository::~PostgresStudyRepository()
{
    close();
}

void PostgresStudyRepository::close()
{
    m_keepAlive.stop();
    m_reconnect.stop();
    m_open = false;
    m_reachable = false;
    closeConnection();
    setReadOnlyRole(QString());
}

StorageResult<void> PostgresStudyRepository::open(const PostgresLocation &location)
{
    close();
    m_location = location;
    if (!QSqlDatabase::isDriverAvailable(postgresDialect().driverName()))
        return StorageMessages::driverMissing(postgresDialect().driverName());
    if (auto connected = connectToServer(kConnectTimeoutSeconds); !connected) {
        close();
        return connected.error();
    }
    m_open = true;
    m_reachable = true;
    m_keepAlive.start();
    return {};
}

bool PostgresStudyRepository::serverAnswered(const QSqlError &error)
{
    // An error with a SQLSTATE came from the server, except the classes that say the
    // connection ends: 08 (connection exception) and 57P (the server shuts down or crashed).
    // A connection that broke has none ("server closed the connection unexpectedly").
    const QString state = error.nativeErrorCode();
    return !state.isEmpty() && !state.startsWith(u"08") && !state.startsWith(u"57P");
}

bool PostgresStudyRepository::ping() const
{
    QSqlQuery query(database());
    // Inside a failed transaction the answer is an error, but an answer.
    return query.exec(QStringLiteral("SELECT 1")) || serverAnswered(query.lastError());
}

bool PostgresStudyRepository::connectionLost(const QSqlError &error) const
{
    if (!m_reachable)
        return true;
    if (serverAnswered(error) || ping())
        return false;
    // Told from the event loop: this runs inside a call that is failing now.
    m_reachable = false;
    QMetaObject::invokeMethod(const_cast<PostgresStudyRepository *>(this), &PostgresStudyRepository::loseConnection,
                              Qt::QueuedConnection);
    return true;
}

void PostgresStudyRepository::loseConnection()
{
    if (!m_open || m_reconnect.isActive())
        return;
    m_reachable = false;
    m_keepAlive.stop();
    // The dead connection goes at once, with the driver's watch on its socket.
    closeConnection();
    Q_EMIT reachabilityChanged(false);
    m_reconnect.setInterval(kFirstReconnectMilliseconds);
    m_reconnect.start();
}

StorageResult<void> PostgresStudyRepository::reconnect()
{
    if (!m_open)
        return StorageMessages::cannotOpen(m_location.displayName(), StorageMessages::actionText(Action::OpenDatabase));
    if (m_reachable && ping())
        return {};
    m_keepAlive.stop();
    closeConnection();
    m_reachable = false;
    if (auto connected = connectToServer(kReconnectTimeoutSeconds); !connected) {
        closeConnection();
        return connected.error();
    }
    m_reconnect.stop();
    if (const auto &commit = unansweredCommit()) {
        QSqlQuery outcome(database());
        outcome.prepare(postgresDialect().transactionOutcome());
        outcome.addBindValue(commit->transaction);
        bool written = false;
        if (outcome.exec() && outcome.next()) {
            written = outcome.value(0).toString() == u"committed";
        } else if (outcome.lastError().nativeErrorCode() != u"22023") {
            closeConnection();
            return StorageMessages::lostConnection(m_location.displayName(), commit->what);
        }
        // 22023, "transaction ID … is in the future": nothing of it reached the server's log
        // before the crash (a commit record would have), so it was not stored.
        const QList<qint64> studyIds = commit->studyIds;
        m_reachable = true;
        Q_EMIT commitOutcomeKnown(settleUnansweredCommit(written), written, studyIds);
    }
    m_reachable = true;
    m_keepAlive.start();
    Q_EMIT reachabilityChanged(true);
    Q_EMIT changedElsewhere({}); // colleagues may have saved while it was away
    return {};
}

StorageResult<void> PostgresStudyRepository::connectToServer(int timeoutSeconds)
{
    const PostgresLocation &location = m_location;
    const QString name = location.displayName();
    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(postgresDialect().driverName(), connectionName);
        if (!location.host.isEmpty())
            db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        if (!location.user.isEmpty())
            db.setUserName(location.user);
        if (!location.database.isEmpty())
            db.setDatabaseName(location.database);
        // A server that vanishes from the network (no answer at all) is noticed within
        // seconds, not after TCP's retransmissions (ignored on a Unix socket).
        QStringList options{QStringLiteral("connect_timeout=%1").arg(timeoutSeconds),
                            QStringLiteral("application_name=chartweek"),
                            QStringLiteral("keepalives_idle=10"),
                            QStringLiteral("keepalives_interval=5"),
                            QStringLiteral("keepalives_count=2"),
                            QStringLiteral("tcp_user_timeout=%1").arg(kUnansweredMilliseconds)};
        for (const auto &[key, value] : location.options)
            options.append(key + u'=' + quotedValue(value));
        db.setConnectOptions(options.join(u';'));
        setConnection(connectionName, name);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            closeConnection();
            return StorageMessages::cannotConnect(name, error.databaseText().trimmed(), error.nativeErrorCode());
        }
    }

    {
        QSqlQuery settings(database());
        // A colleague's lock is waited for m_lockTimeoutSeconds, then reported as Busy.
        if (!settings.exec(QStringLiteral("SET lock_timeout = '%1s'").arg(m_lockTimeoutSeconds))) {
            auto failed = queryError(StorageMessages::actionText(Action::OpenDatabase), settings.lastError());
            settings = QSqlQuery();
            closeConnection();
            return failed;
        }
        // The name the history gives this client's saves.
        if (settings.exec(QStringLiteral("SELECT current_user")) && settings.next())
            m_user = settings.value(0).toString();
    }

    SchemaMigrator::Hooks hooks;
    hooks.seed = [this]() -> StorageResult<void> {
        if (auto stored = insertStudyRows(smbGroupSocialBusinessStudy2012(), IdPolicy::NewId); !stored)
            return stored.error();
        return {};
    };
    const SchemaMigrator migrator(postgresDialect(), name, busySeconds());
    if (auto migrated = migrator.run(database(), hooks); !migrated) {
        closeConnection();
        return migrated.error();
    }

    // A role that may only read (a viewer) browses, presents and exports; its writes are
    // refused up front with a sentence saying why, not with the server's permission error.
    {
        QSqlQuery privileges(database());
        const bool viewer = privileges.exec(QStringLiteral("SELECT has_table_privilege('study', 'UPDATE')")) &&
                            privileges.next() && !privileges.value(0).toBool();
        setReadOnlyRole(viewer ? m_user : QString());
    }

    // Colleagues' saves, live (again after a reconnect: the subscription belongs to the
    // connection). Without it the library still works, refreshed by hand.
    QSqlDriver *driver = database().driver();
    if (driver->subscribeToNotification(kChannel)) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (channel != kChannel || source == QSqlDriver::SelfSource)
                        return;
                    QList<qint64> ids;
                    for (const QString &part : payload.toString().split(u',', Qt::SkipEmptyParts)) {
                        bool ok = false;
                        const qint64 id = part.toLongLong(&ok);
                        if (!ok || id <= 0) { // the brand theme, or a payload from elsewhere
                            ids.clear();
                            break;
                        }
                        ids.append(id);
                    }
                    Q_EMIT changedElsewhere(ids);
                });
    } else {
        qWarning("chartweek: no live updates from %s: %s", qPrintable(name), qPrintable(driver->lastError().text()));
    }
    return {};
}

StorageResult<void> PostgresStudyRepository::announceChanges(const QString &what, const QList<qint64> &studyIds)
{
    QStringList ids;
    for (const qint64 id : studyIds) {
        if (id <= 0) { // the brand theme: everything is read again
            ids.clear();
            break;
        }
        ids.append(QString::number(id));
    }
    QString payload = ids.join(u',');
    if (payload.size() > kMaxPayload) // NOTIFY takes less than 8000 bytes
        payload.clear();
    QSqlQuery notify(database());
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString(kChannel));
    notify.addBindValue(payload);
    if (!notify.exec())
        return queryError(what, notify.lastError());
    return {};
}
