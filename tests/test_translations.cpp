// The translation check: lupdate run over the sources into a copy of the German .ts file
// finds no new, unfinished or vanished string.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

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
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
                   QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().constData();

    const TsCounts counts = countMessages(copy);
    EXPECT_GT(counts.finished, 50);
    EXPECT_TRUE(counts.unfinished.isEmpty()) << "unfinished: " << qPrintable(counts.unfinished.join(QStringLiteral(" | ")));
    EXPECT_TRUE(counts.obsolete.isEmpty()) << "obsolete: " << qPrintable(counts.obsolete.join(QStringLiteral(" | ")));
}
