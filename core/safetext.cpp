// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/safetext.h"

#include "core/csvimporter.h"

#include <QDir>
#include <QFileInfo>

namespace {

bool isWindowsDeviceName(const QString &name)
{
    static const QStringList devices{QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                     QStringLiteral("nul")};
    const QString stem = name.section(u'.', 0, 0);
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"com") || stem.startsWith(u"lpt")) && stem.at(3).isDigit();
}

} // namespace

QString safeFileName(QStringView text, const QString &fallback)
{
    QString name = slugFromText(text.toString()); // [a-z0-9] and single dashes only
    if (name.size() > kMaxFileNameLength) {
        name.truncate(kMaxFileNameLength);
        while (name.endsWith(u'-'))
            name.chop(1);
    }
    if (name.isEmpty())
        name = slugFromText(fallback).left(kMaxFileNameLength);
    if (name.isEmpty())
        name = QStringLiteral("unnamed");
    if (isWindowsDeviceName(name))
        name.prepend(QStringLiteral("file-"));
    return name;
}

std::optional<QString> pathInFolder(const QString &folder, const QString &fileName)
{
    if (fileName.isEmpty() || fileName == u"." || fileName == u".." || fileName.contains(u'/') ||
        fileName.contains(u'\\') || QDir::isAbsolutePath(fileName) || firstControlCharacter(fileName) >= 0 ||
        fileName.contains(u'\n'))
        return std::nullopt;
    const QString base = QDir::cleanPath(QDir(folder).absolutePath());
    const QString path = QDir::cleanPath(base + u'/' + fileName);
    if (QFileInfo(path).absolutePath() != base)
        return std::nullopt;
    return path;
}

bool isControlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'\t' || u == u'\n' || u == u'\r')
        return false;
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF;
}

qsizetype firstControlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControlCharacter(text.at(i)))
            return i;
    }
    return -1;
}

QString characterCode(QChar c)
{
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper(), 4, QLatin1Char('0'));
}

QString visibleText(QStringView text)
{
    if (firstControlCharacter(text) < 0)
        return text.toString();
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControlCharacter(c))
            visible.append(c);
        else if (u < 0x20)
            visible.append(QChar(char16_t(0x2400 + u))); // Control Pictures: ␀ … ␟
        else if (u == 0x7F)
            visible.append(QChar(0x2421)); // ␡
        else
            visible.append(QChar(0xFFFD));
    }
    return visible;
}

namespace {

void makeVisible(QString *text)
{
    if (firstControlCharacter(*text) >= 0)
        *text = visibleText(*text);
}

void makeVisible(LocalizedText *text)
{
    for (Language language : text->languages()) {
        QString value = text->value(language);
        makeVisible(&value);
        text->setValue(language, value);
    }
}

} // namespace

Study withVisibleText(Study study)
{
    for (QString *text : {&study.slug, &study.title, &study.publisher, &study.sourceCitation, &study.notes})
        makeVisible(text);
    for (LocalizedText *text : {&study.topic, &study.adoptionLabel, &study.headline})
        makeVisible(text);
    for (Segment &segment : study.segments) {
        makeVisible(&segment.key);
        makeVisible(&segment.name);
    }
    for (AdviceText &advice : study.advice) {
        makeVisible(&advice.audience);
        makeVisible(&advice.heading);
        makeVisible(&advice.body);
    }
    makeVisible(&study.highlight); // as the keys, so it still names its segment
    for (Annotation &annotation : study.annotations) {
        makeVisible(&annotation.series);
        makeVisible(&annotation.text);
    }
    return study;
}

QString terminalLine(QStringView text)
{
    QString line = visibleText(text);
    line.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return line;
}

namespace {

// Whether a spreadsheet might take text (after any leading "'") as a formula.
bool startsLikeFormula(QStringView text)
{
    while (text.startsWith(u'\''))
        text = text.sliced(1);
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n' ||
           c == QChar(0xFF1D) /* fullwidth = */ || c == QChar(0xFF0B) /* fullwidth + */ ||
           c == QChar(0xFF0D) /* fullwidth - */ || c == QChar(0xFF20) /* fullwidth @ */;
}

} // namespace

QString neutralizedCell(const QString &text)
{
    return startsLikeFormula(text) ? u'\'' + text : text;
}

QString restoredCell(const QString &cell)
{
    return cell.startsWith(u'\'') && startsLikeFormula(QStringView(cell).sliced(1)) ? cell.sliced(1) : cell;
}
