// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// A paint device for tests that keeps every text drawn on it (drawTextItem(), what the PNG
// export paints, word for word) with its size in device pixels, without rasterising
// anything. 96 dpi, device pixel ratio 1; texts that are only white space are left out.
#pragma once

#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QSize>
#include <QStringList>
#include <QTextItem>
#include <QTransform>

#include <cmath>
#include <utility>

class TextRecorder final : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
    {}

    QPaintEngine *paintEngine() const override { return &m_engine; }
    /// (text, pixel size on the device) of every text drawn, in painting order.
    const QList<std::pair<QString, double>> &texts() const { return m_engine.texts; }
    /// The texts alone, in painting order.
    QStringList strings() const
    {
        QStringList strings;
        for (const auto &text : m_engine.texts)
            strings.append(text.first);
        return strings;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(AllFeatures)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                transform = state.transform();
        }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            const QFont font = item.font();
            const double em = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
            const double scale = std::sqrt(std::abs(transform.determinant()));
            if (!item.text().trimmed().isEmpty())
                texts.append({item.text(), em * scale});
        }
        Type type() const override { return User; }

        QTransform transform;
        QList<std::pair<QString, double>> texts;
    };

    QSize m_size;
    mutable Engine m_engine;
};
