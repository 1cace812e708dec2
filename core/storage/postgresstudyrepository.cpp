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

PostgresStudyRepository::PostgresStudyRepository(QObject *parent)
    : SqlStudyRepository(postgresDialect(), parent)
{}

PostgresStudyRepository::~PostgresStudyRepository()
{
    close();
}

void PostgresStudyRepository::close()
{
    closeConnection();
    setReadOnlyRole(QString());
}

StorageResult<void> PostgresStudyRepository::open(const PostgresLocation &location)
{
    close();
    m_location = location;
    const QString name = location.displayName();
    if (!QSqlDatabase::isDriverAvailable(postgresDialect().driverName()))
        return StorageMessages::driverMissing(postgresDialect().driverName());

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
        QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                            QStringLiteral("application_name=chartweek")};
        for (const auto &[key, value] : location.options)
            options.append(key + u'=' + quotedValue(value));
        db.setConnectOptions(options.join(u';'));
        setConnection(connectionName, name);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            close();
            return StorageMessages::cannotConnect(name, error.databaseText().trimmed(), error.nativeErrorCode());
        }
    }

    {
        QSqlQuery settings(database());
        // A colleague's lock is waited for kLockTimeoutSeconds, then reported as Busy.
        if (!settings.exec(QStringLiteral("SET lock_timeout = '%1s'").arg(kLockTimeoutSeconds))) {
            auto failed = queryError(StorageMessages::actionText(Action::OpenDatabase), settings.lastError());
            settings = QSqlQuery();
            close();
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
        close();
        return migrated.error();
    }

    // A role that may only read (a viewer) browses, presents and exports; its writes are
    // refused up front with a sentence saying why, not with the server's permission error.
    {
        QSqlQuery privileges(database());
        if (privileges.exec(QStringLiteral("SELECT has_table_privilege('study', 'UPDATE')")) && privileges.next() &&
            !privileges.value(0).toBool())
            setReadOnlyRole(m_user);
    }

    // Colleagues' saves, live. Without it the library still works, refreshed by hand.
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
