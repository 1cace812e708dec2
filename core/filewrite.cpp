// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/filewrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileWrite)
};

// The reason for a failed call, from the errno it left (Qt's own text says "Unknown error"
// for a short write, and nothing about a full disk).
QString reason(int error, const QFileDevice &file)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return Text::tr("the disk is full");
    case EACCES:
    case EPERM:
        return Text::tr("permission denied");
    case EROFS:
        return Text::tr("the file system is read-only");
    case 0:
        break;
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
    const QString text = file.errorString();
    return text.isEmpty() || file.error() == QFileDevice::NoError ? Text::tr("the data could not be written") : text;
}

// Writes all of data to an open device, continuing short writes. Returns the errno of the
// failure, or 0.
int writeAll(QFileDevice *file, QByteArrayView data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        errno = 0;
        const qint64 written = file->write(data.data() + done, data.size() - done);
        if (written <= 0)
            return errno != 0 ? errno : EIO;
        done += qsizetype(written);
    }
    errno = 0;
    if (!file->flush())
        return errno != 0 ? errno : EIO;
    return 0;
}

} // namespace

std::optional<QString> writeFileSafely(const QString &path, QByteArrayView data)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Text::tr("it is a folder");
    if (info.exists() && !info.isFile()) {
        // A device or FIFO: replacing it with a regular file (what QSaveFile's rename would do
        // when we may write to /dev) would be wrong, so write into it.
        QFile device(path);
        errno = 0;
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return reason(errno, device);
        if (const int error = writeAll(&device, data))
            return reason(error, device);
        device.close();
        return std::nullopt;
    }

    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return reason(errno, file);
    if (const int error = writeAll(&file, data)) {
        file.cancelWriting();
        return reason(error, file);
    }
    errno = 0;
    if (!file.commit())
        return reason(errno, file);
    return std::nullopt;
}

QString cannotWriteMessage(const QString &path, const QString &reason)
{
    return Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
