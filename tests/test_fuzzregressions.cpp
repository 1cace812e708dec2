// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Every saved fuzz input (the seed corpus and the inputs that once crashed a target, in
// tests/fuzz/regressions/<target>/) through the same function as the fuzzer.

#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct SavedInput
{
    std::string target; // corpus folder name
    std::string path;
};

void PrintTo(const SavedInput &input, std::ostream *os)
{
    *os << input.target << ":" << QFileInfo(QString::fromStdString(input.path)).fileName().toStdString();
}

std::vector<SavedInput> savedInputs()
{
    std::vector<SavedInput> inputs;
    for (const char *root : {CHARTWEEK_FUZZ_DIR "/regressions", CHARTWEEK_FUZZ_DIR "/corpus"}) {
        for (const QString &target :
             QDir(QString::fromUtf8(root)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(QString::fromUtf8(root) + u'/' + target);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                inputs.push_back({target.toStdString(), dir.filePath(file).toStdString()});
        }
    }
    return inputs;
}

std::string rowName(const testing::TestParamInfo<SavedInput> &info)
{
    std::string name = info.param.target + "_" + std::to_string(info.index);
    return name;
}

class FuzzRegression : public testing::TestWithParam<SavedInput>
{
};

// Runs the bytes through a target; each broken invariant is a failure of the calling test.
void expectRunsClean(Fuzz::Target target, const QByteArray &bytes)
{
    const QStringList broken =
        target(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    for (const QString &what : broken)
        ADD_FAILURE() << "fuzz invariant broken: " << qPrintable(what);
}

} // namespace

// A target whose invariant breaks makes the test fail with the invariant's text, and the
// test binary goes on with the next test (it used to abort() and take every test with it).
TEST(FuzzRegressionCheck, ABrokenInvariantIsAFailedTest)
{
    const Fuzz::Target broken = [](const std::uint8_t *, std::size_t) {
        return QStringList{QStringLiteral("CSV: studies despite errors")};
    };
    EXPECT_NONFATAL_FAILURE(expectRunsClean(broken, QByteArrayLiteral("a;b")),
                            "fuzz invariant broken: CSV: studies despite errors");
    const Fuzz::Target clean = [](const std::uint8_t *, std::size_t) {
        return QStringList();
    };
    expectRunsClean(clean, QByteArrayLiteral("a;b"));
}

TEST_P(FuzzRegression, RunsCleanThroughItsTarget)
{
    const Fuzz::Target target = Fuzz::targetByName(QString::fromStdString(GetParam().target));
    ASSERT_NE(target, nullptr) << "unknown target folder " << GetParam().target;
    QFile file(QString::fromStdString(GetParam().path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    expectRunsClean(target, file.readAll());
}

INSTANTIATE_TEST_SUITE_P(Saved, FuzzRegression, testing::ValuesIn(savedInputs()), rowName);
