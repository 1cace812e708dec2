// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/chartclipboard.h"

#include "core/derivedfigures.h"
#include "ui/charts/chartstyle.h"
#include "ui/export/chartexporter.h"

#include <QCoreApplication>
#include <QImage>
#include <QMimeData>
#include <QPainter>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartClipboard)
};

QString cell(Share share, Language language)
{
    return share ? formatNumber(*share, language) : QString();
}

} // namespace

QString chartDataTsv(const ChartSpec &spec)
{
    const Study &study = spec.study;
    QStringList rows;
    if (spec.kind == ChartKind::Bar) {
        const int waveIdx = study.waveIndex(spec.waveYear);
        rows.append(Text::tr("Segment") + u'\t' + Text::tr("Share %1 (%)").arg(spec.waveYear));
        for (int i = 0; i < study.segments.size(); ++i)
            rows.append(study.segments.at(i).name.text(spec.language) + u'\t' +
                        cell(study.share(waveIdx, i), spec.language));
    } else {
        QString header = Text::tr("Segment");
        for (const SurveyWave &wave : study.waves)
            header += u'\t' + Text::tr("Share %1 (%)").arg(wave.year);
        rows.append(header);
        for (int i = 0; i < study.segments.size(); ++i) {
            QString row = study.segments.at(i).name.text(spec.language);
            for (int w = 0; w < study.waves.size(); ++w)
                row += u'\t' + cell(study.share(w, i), spec.language);
            rows.append(row);
        }
        if (study.baselineSegment >= 0) {
            QString row = study.adoptionLabel.text(spec.language);
            for (int w = 0; w < study.waves.size(); ++w)
                row += u'\t' + cell(DerivedFigures::adoptionShare(study, w), spec.language);
            rows.append(row);
        }
    }
    return rows.join(u'\n') + u'\n';
}

QMimeData *chartMimeData(const ChartSpec &spec, const QSize &pixelSize)
{
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(spec.style.background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)), spec);
    }
    auto *data = new QMimeData;
    data->setImageData(image);
    const QString tsv = chartDataTsv(spec);
    data->setText(tsv);
    data->setData(QStringLiteral("text/tab-separated-values"), tsv.toUtf8());
    return data;
}
