// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)
};

const QByteArray kUtf8Bom("\xEF\xBB\xBF", 3);
const QByteArray kUtf16LeBom("\xFF\xFE", 2);
const QByteArray kUtf16BeBom("\xFE\xFF", 2);

std::optional<TextEncoding> encodingOfBom(const QByteArray &bytes)
{
    if (bytes.startsWith(kUtf8Bom))
        return TextEncoding::Utf8;
    if (bytes.startsWith(kUtf16LeBom))
        return TextEncoding::Utf16LittleEndian;
    if (bytes.startsWith(kUtf16BeBom))
        return TextEncoding::Utf16BigEndian;
    return std::nullopt;
}

QStringDecoder makeDecoder(TextEncoding encoding, QStringConverter::Flags flags)
{
    switch (encoding) {
    case TextEncoding::Utf16LittleEndian:
        return QStringDecoder(QStringConverter::Utf16LE, flags);
    case TextEncoding::Utf16BigEndian:
        return QStringDecoder(QStringConverter::Utf16BE, flags);
    case TextEncoding::Windows1252:
        return QStringDecoder("windows-1252", flags); // through ICU
    case TextEncoding::Automatic:
    case TextEncoding::Utf8:
        break;
    }
    return QStringDecoder(QStringConverter::Utf8, flags);
}

// 1-based line and column (in characters) of the character at index in text.
std::pair<int, int> lineAndColumn(const QString &text, qsizetype index)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (c != u'\r' && !c.isLowSurrogate()) {
            ++column;
        }
    }
    return {line, column};
}

QString hexBytes(QByteArrayView bytes)
{
    QStringList parts;
    for (const char byte : bytes)
        parts.append(u"0x" + QString::number(uint(uchar(byte)), 16).rightJustified(2, u'0').toUpper());
    return parts.join(u' ');
}

DecodedText failure(TextEncoding encoding, const QString &before, const QString &value, const QString &message)
{
    DecodedText result;
    result.encoding = encoding;
    const auto [line, column] = lineAndColumn(before, before.size());
    result.error.line = line;
    result.error.column = column;
    result.error.value = value;
    result.error.message = message;
    return result;
}

// A strict decode failed: feed the bytes one at a time to find the first bad sequence.
DecodedText locateInvalidBytes(const QByteArray &body, TextEncoding encoding)
{
    QStringDecoder decoder = makeDecoder(encoding, QStringConverter::Flag::ConvertInitialBom);
    QString before;
    qsizetype sequenceStart = 0;
    qsizetype badEnd = body.size();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString out = decoder(QByteArrayView(body).sliced(i, 1));
        if (decoder.hasError()) {
            badEnd = i + 1;
            break;
        }
        if (!out.isEmpty()) {
            before += out;
            sequenceStart = i + 1;
        }
    }
    // The byte that revealed a broken sequence may be fine on its own ("\xE4r"): name only
    // the sequence it broke.
    if (badEnd - 1 > sequenceStart)
        --badEnd;
    if (badEnd - sequenceStart > 4)
        badEnd = sequenceStart + 4;
    const QByteArrayView bad = QByteArrayView(body).sliced(sequenceStart, badEnd - sequenceStart);
    const QString value = hexBytes(bad);
    QString message;
    if (encoding == TextEncoding::Utf8) {
        message = Text::tr("This is not valid UTF-8 (bytes %1). If the file comes from an older "
                           "Windows program, import it with the encoding Windows-1252.")
                      .arg(value);
    } else {
        message = Text::tr("This is not valid %2 (bytes %1).").arg(value, textEncodingName(encoding));
    }
    return failure(encoding, before, value, message);
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Automatic:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BigEndian:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"auto")
        return TextEncoding::Automatic;
    if (lower == u"utf-8" || lower == u"utf8")
        return TextEncoding::Utf8;
    if (lower == u"utf-16le" || lower == u"utf16le")
        return TextEncoding::Utf16LittleEndian;
    if (lower == u"utf-16be" || lower == u"utf16be")
        return TextEncoding::Utf16BigEndian;
    if (lower == u"windows-1252" || lower == u"cp1252")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    const std::optional<TextEncoding> bom = encodingOfBom(bytes);
    TextEncoding used = encoding;
    if (encoding == TextEncoding::Automatic)
        used = bom.value_or(TextEncoding::Utf8);

    if (bom && *bom != used) {
        return failure(used, QString(), hexBytes(QByteArrayView(bytes).first(*bom == TextEncoding::Utf8 ? 3 : 2)),
                       Text::tr("The file starts with a %1 byte order mark, but %2 was chosen as its "
                                "encoding.")
                           .arg(textEncodingName(*bom), textEncodingName(used)));
    }

    const qsizetype bomSize = !bom ? 0 : (*bom == TextEncoding::Utf8 ? 3 : 2);
    const QByteArray body = bytes.sliced(bomSize);
    QStringDecoder decoder =
        makeDecoder(used, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    if (!decoder.isValid()) {
        return failure(used, QString(), QString(),
                       Text::tr("This system can't read the encoding %1.").arg(textEncodingName(used)));
    }
    const QString text = decoder(body);
    if (decoder.hasError())
        return locateInvalidBytes(body, used);

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0) {
            return failure(used, text.first(i), QStringLiteral("0x00"),
                           Text::tr("The file contains a NUL character; it may be UTF-16 without byte "
                                    "order mark or not a text file at all."));
        }
        if (used == TextEncoding::Windows1252 && c.unicode() >= 0x80 && c.unicode() <= 0x9F) {
            // ICU passes the five bytes Windows-1252 leaves undefined through as C1 controls.
            const QString value = hexBytes(QByteArray(1, char(c.unicode())));
            return failure(used, text.first(i), value,
                           Text::tr("The byte %1 is not defined in Windows-1252.").arg(value));
        }
        const bool pairedHigh = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const bool pairedLow = c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
        if (c.isSurrogate() && !pairedHigh && !pairedLow) {
            const QString value = QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
            return failure(used, text.first(i), value,
                           Text::tr("The text contains a broken UTF-16 character (%1 without its pair).").arg(value));
        }
    }

    DecodedText result;
    result.ok = true;
    result.text = text;
    result.encoding = used;
    result.byteOrderMark = bom.has_value();
    return result;
}
