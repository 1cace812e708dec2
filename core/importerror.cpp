#include "importerror.h"

QString ImportError::toString() const
{
    QString place = file;
    if (line > 0) {
        place += u':' + QString::number(line);
        if (column > 0)
            place += u':' + QString::number(column);
    }
    if (!path.isEmpty())
        place += place.isEmpty() ? path : QStringLiteral(": ") + path;
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}
