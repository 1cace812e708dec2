// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The translation check: lupdate run over the sources into a copy of the German .ts file
// finds no new, unfinished or vanished string, and no tr() call builds its text with `+`.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

namespace {

struct TsCounts
{
    int finished = 0;
    QStringList unfinished;
    QStringList obsolete;
};

TsCounts countMessages(const QString &path)
{
    TsCounts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"unfinished" || (text.isEmpty() && type.isEmpty()))
                counts.unfinished.append(source);
            else if (type == u"vanished" || type == u"obsolete")
                counts.obsolete.append(source);
            else
                ++counts.finished;
        }
    }
    return counts;
}

// Translatable texts are whole sentences: a tr() / Text::tr() / QCoreApplication::translate()
// / QT_TR_NOOP() call whose source text (or disambiguation) is built with `+` outside a string
// literal can't be translated as one sentence and never matches the .ts file.
struct TrConcatenation
{
    int line = 0;
    QString call; ///< The call as written, e.g. `tr("a" + x)`.
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The text with every string and character literal replaced by spaces (lengths and line
// breaks kept), and every comment blanked too; what is left is code.
QString codeOnly(const QString &source)
{
    QString code = source;
    const qsizetype n = source.size();
    qsizetype i = 0;
    auto blank = [&code](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to && k < code.size(); ++k) {
            if (code.at(k) != u'\n')
                code[k] = u' ';
        }
    };
    while (i < n) {
        const QChar c = source.at(i);
        if (c == u'/' && i + 1 < n && source.at(i + 1) == u'/') {
            const qsizetype end = source.indexOf(u'\n', i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
        } else if (c == u'/' && i + 1 < n && source.at(i + 1) == u'*') {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            blank(i, end < 0 ? n : end + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'"' && i > 0 && source.at(i - 1) == u'R' &&
                   (i < 2 || !(source.at(i - 2).isLetterOrNumber() || source.at(i - 2) == u'_') ||
                    source.at(i - 2) == u'u' || source.at(i - 2) == u'8' || source.at(i - 2) == u'L' ||
                    source.at(i - 2) == u'U')) {
            // Raw string R"delim( … )delim".
            const qsizetype open = source.indexOf(u'(', i);
            const QString delimiter = source.mid(i + 1, open - i - 1);
            const qsizetype end = source.indexOf(u')' + delimiter + u'"', open);
            const qsizetype stop = end < 0 ? n : end + delimiter.size() + 2;
            blank(i, stop);
            i = stop;
        } else if (c == u'\'' && i > 0 && source.at(i - 1).isDigit()) {
            // A digit separator (1'000) when the token before it is a number, not u'x'.
            qsizetype start = i - 1;
            while (start > 0 && isIdentifierChar(source.at(start - 1)))
                --start;
            if (!source.at(start).isDigit()) {
                qsizetype k = i + 1;
                while (k < n && source.at(k) != c && source.at(k) != u'\n')
                    k += source.at(k) == u'\\' ? 2 : 1;
                blank(i, k + 1);
                i = k + 1;
            } else {
                ++i;
            }
        } else if (c == u'"' || c == u'\'') {
            qsizetype k = i + 1;
            while (k < n && source.at(k) != c && source.at(k) != u'\n')
                k += source.at(k) == u'\\' ? 2 : 1;
            blank(i, k + 1);
            i = k + 1;
        } else {
            ++i;
        }
    }
    return code;
}

QList<TrConcatenation> findTrConcatenations(const QString &source)
{
    // Which arguments hold translatable text, per function.
    struct Function
    {
        QString name;
        bool needsScope; ///< Only as X::name (QPainter::translate() is not a translation).
        QList<int> textArguments;
    };
    static const Function functions[] = {
        {QStringLiteral("tr"), false, {0, 1}},
        {QStringLiteral("trUtf8"), false, {0, 1}},
        {QStringLiteral("translate"), true, {1, 2}},
        {QStringLiteral("QT_TR_NOOP"), false, {0}},
        {QStringLiteral("QT_TR_N_NOOP"), false, {0}},
        {QStringLiteral("QT_TRANSLATE_NOOP"), false, {1}},
        {QStringLiteral("QT_TRANSLATE_N_NOOP"), false, {1}},
    };
    const QString code = codeOnly(source);
    QList<TrConcatenation> found;
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (!isIdentifierChar(code.at(i)) || (i > 0 && isIdentifierChar(code.at(i - 1))))
            continue;
        qsizetype end = i;
        while (end < code.size() && isIdentifierChar(code.at(end)))
            ++end;
        const QStringView name = QStringView(code).mid(i, end - i);
        const auto function = std::find_if(std::begin(functions), std::end(functions), [name](const Function &f) {
            return f.name == name;
        });
        if (function == std::end(functions))
            continue;
        // A member call on an object (painter->translate, x.tr) is not one of ours; tr needs
        // no scope, translate needs QCoreApplication:: or the like.
        qsizetype before = i - 1;
        while (before >= 0 && code.at(before).isSpace())
            --before;
        const bool scoped = before >= 1 && code.at(before) == u':' && code.at(before - 1) == u':';
        const bool member = before >= 0 && (code.at(before) == u'.' ||
                                            (code.at(before) == u'>' && before >= 1 && code.at(before - 1) == u'-'));
        if (member || (function->needsScope && !scoped))
            continue;
        qsizetype open = end;
        while (open < code.size() && code.at(open).isSpace())
            ++open;
        if (open >= code.size() || code.at(open) != u'(')
            continue;
        // Split the arguments at top-level commas.
        int depth = 0;
        int argument = 0;
        bool concatenated = false;
        qsizetype k = open;
        for (; k < code.size(); ++k) {
            const QChar c = code.at(k);
            if (c == u'(' || c == u'[' || c == u'{') {
                ++depth;
            } else if (c == u')' || c == u']' || c == u'}') {
                if (--depth == 0)
                    break;
            } else if (depth == 1 && c == u',') {
                ++argument;
            } else if (c == u'+' && function->textArguments.contains(argument)) {
                concatenated = true;
            }
        }
        if (concatenated) {
            const int line = int(QStringView(source).left(i).count(u'\n')) + 1;
            found.append({line, source.mid(i, k + 1 - i).simplified()});
        }
        i = end - 1;
    }
    return found;
}

} // namespace

TEST(Translations, GermanIsCompleteAndUpToDate)
{
    const QString sourceDir = QStringLiteral(CHARTWEEK_SOURCE_DIR);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("chartweek_de.ts"));
    ASSERT_TRUE(QFile::copy(sourceDir + QStringLiteral("/translations/chartweek_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(CHARTWEEK_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"), QStringLiteral("core"),
                   QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().constData();

    const TsCounts counts = countMessages(copy);
    EXPECT_GT(counts.finished, 50);
    EXPECT_TRUE(counts.unfinished.isEmpty())
        << "unfinished: " << qPrintable(counts.unfinished.join(QStringLiteral(" | ")));
    EXPECT_TRUE(counts.obsolete.isEmpty()) << "obsolete: " << qPrintable(counts.obsolete.join(QStringLiteral(" | ")));
}

struct ScannerCase
{
    const char *name;
    const char16_t *code;
    int concatenations;
};

class TrScanner : public testing::TestWithParam<ScannerCase>
{
};

TEST_P(TrScanner, FindsConcatenationInsideTheTranslatableText)
{
    const ScannerCase &row = GetParam();
    const QList<TrConcatenation> found = findTrConcatenations(QString::fromUtf16(row.code));
    QStringList calls;
    for (const TrConcatenation &hit : found)
        calls.append(hit.call);
    EXPECT_EQ(found.size(), row.concatenations) << qPrintable(calls.join(QStringLiteral(" | ")));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, TrScanner,
    testing::Values(ScannerCase{"LiteralPlusVariable", u"label->setText(tr(\"Hello, \" + name));", 1},
                    ScannerCase{"VariableBetweenLiterals", u"tr(\"Exported \" + QString::number(n) + \" files\")", 1},
                    ScannerCase{"TextTrWithQStringLiteral", u"Text::tr(QStringLiteral(\"a\") + b)", 1},
                    ScannerCase{"ClassTr", u"ImportDialog::tr(\"comma\" + suffix)", 1},
                    ScannerCase{"TranslateSourceText", u"QCoreApplication::translate(\"main\", \"a\" + b)", 1},
                    ScannerCase{"TranslateDisambiguation", u"QCoreApplication::translate(\"main\", \"a\", \"x\" + y)",
                                1},
                    ScannerCase{"TrNoop", u"const char *t = QT_TR_NOOP(\"a\" + b);", 1},
                    ScannerCase{"MultiLine", u"tr(\"first part \"\n   + rest)", 1},
                    ScannerCase{"TwoBadCalls", u"tr(a + \"x\"); tr(\"y\" + b);", 2},
                    ScannerCase{"Utf8Prefix", u"tr(u8\"x\" + y)", 1},
                    ScannerCase{"EscapedQuoteBeforePlus", u"tr(\"say \\\"hi\\\" \" + x)", 1},
                    ScannerCase{"PlusInsideLiteral", u"tr(\"a + b\")", 0},
                    ScannerCase{"AdjacentLiterals", u"tr(\"one sentence, \"\n   \"split over two lines\")", 0},
                    ScannerCase{"PlusInCountArgument", u"tr(\"%n file(s)\", nullptr, count + 1)", 0},
                    ScannerCase{"PlusInArg", u"tr(\"Segment %1\").arg(row + 1)", 0},
                    ScannerCase{"PlusAfterTheCall", u"tr(\"chart\") + QStringLiteral(\".png\")", 0},
                    ScannerCase{"PainterTranslate", u"painter->translate(origin + offset);", 0},
                    ScannerCase{"UnscopedTranslate", u"translate(origin + offset);", 0},
                    ScannerCase{"MemberTr", u"object.tr(a + b);", 0},
                    ScannerCase{"LineComment", u"// label->setText(tr(\"a\" + b));", 0},
                    ScannerCase{"BlockComment", u"/* tr(\"a\" + b) */ tr(\"c\")", 0},
                    ScannerCase{"CharLiteralPlus", u"tr(c == '+' ? \"plus\" : \"minus\")", 0},
                    ScannerCase{"CharLiteralQuote", u"tr(c == '\"' ? \"a\" : \"b\") + x", 0},
                    ScannerCase{"DigitSeparator", u"int n = 1'000 + tr(\"x\").size();", 0},
                    ScannerCase{"RawString", u"tr(R\"(a \" + b)\")", 0},
                    ScannerCase{"IdentifierEndingInTr", u"attr(a + b); str(a + b);", 0}),
    [](const testing::TestParamInfo<ScannerCase> &info) {
        return std::string(info.param.name);
    });

// The rule applied to the app's own sources.
TEST(Translations, NoTrCallBuildsItsTextByConcatenation)
{
    const QDir root(QStringLiteral(CHARTWEEK_SOURCE_DIR));
    QStringList problems;
    int files = 0;
    for (const char *folder : {"app", "core", "ui"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(folder)), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
            ++files;
            for (const TrConcatenation &hit : findTrConcatenations(QString::fromUtf8(file.readAll())))
                problems.append(QStringLiteral("%1:%2: %3")
                                    .arg(root.relativeFilePath(file.fileName()))
                                    .arg(hit.line)
                                    .arg(hit.call));
        }
    }
    EXPECT_GT(files, 40);
    EXPECT_TRUE(problems.isEmpty()) << "use arg() instead of + inside tr():\n" << qPrintable(problems.join(u'\n'));
}
