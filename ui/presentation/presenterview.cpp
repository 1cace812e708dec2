// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/presentation/presenterview.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QFont &font)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setFont(font);
    return label;
}

QLabel *makePreview(QWidget *parent, const QString &objectName)
{
    auto *preview = new QLabel(parent);
    preview->setObjectName(objectName);
    preview->setAlignment(Qt::AlignCenter);
    preview->setMinimumSize(160, 90);
    preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    return preview;
}

} // namespace

PresenterView::PresenterView(const Study &study, int waveYear, const ChartStyle::Theme &style, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_study(study)
    , m_waveYear(waveYear)
{
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    colours.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf2));
    setPalette(colours);

    // Renders the previews at the audience's size; never shown on a screen.
    m_renderer = new SlideWidget(study, waveYear, style, this);
    m_renderer->setWindowFlag(Qt::Window);
    m_renderer->setAttribute(Qt::WA_DontShowOnScreen);

    m_currentCaption = makeLabel(this, QStringLiteral("currentCaption"), style.font(18, true));
    m_current = makePreview(this, QStringLiteral("currentPreview"));
    m_nextCaption = makeLabel(this, QStringLiteral("nextCaption"), style.font(18, true));
    m_nextCaption->setWordWrap(true);
    m_next = makePreview(this, QStringLiteral("nextPreview"));
    m_notesCaption = makeLabel(this, QStringLiteral("notesCaption"), style.font(18, true));
    m_notes = makeLabel(this, QStringLiteral("notes"), style.font(22));
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *notesScroll = new QScrollArea(this);
    notesScroll->setWidget(m_notes);
    notesScroll->setWidgetResizable(true);
    notesScroll->setFrameShape(QFrame::NoFrame);
    notesScroll->setFocusPolicy(Qt::NoFocus);
    m_counter = makeLabel(this, QStringLiteral("presenterCounter"), style.font(28, true));
    m_status = makeLabel(this, QStringLiteral("presenterStatus"), style.font(22, true));
    QPalette statusColours = m_status->palette();
    statusColours.setColor(QPalette::WindowText, QColor(0xff, 0xb0, 0x40));
    m_status->setPalette(statusColours);
    m_clock = makeLabel(this, QStringLiteral("clock"), style.font(40, true));
    m_elapsed = makeLabel(this, QStringLiteral("elapsed"), style.font(22));

    auto *right = new QVBoxLayout;
    right->addWidget(m_nextCaption);
    right->addWidget(m_next, 2);
    right->addSpacing(12);
    right->addWidget(m_notesCaption);
    right->addWidget(notesScroll, 3);

    auto *left = new QVBoxLayout;
    left->addWidget(m_currentCaption);
    left->addWidget(m_current, 1);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_counter);
    footer->addSpacing(24);
    footer->addWidget(m_status);
    footer->addStretch(1);
    footer->addWidget(m_elapsed);
    footer->addSpacing(24);
    footer->addWidget(m_clock);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setHorizontalSpacing(24);
    layout->addLayout(left, 0, 0);
    layout->addLayout(right, 0, 1);
    layout->addLayout(footer, 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    for (QWidget *child : findChildren<QWidget *>())
        child->setFocusPolicy(Qt::NoFocus);

    m_started.start();
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &PresenterView::updateClock);
    m_clockTimer.start();
    retranslate();
    updateClock();
}

void PresenterView::setHighContrast(bool on)
{
    m_renderer->chartWidget()->setHighContrast(on);
}

void PresenterView::showSlide(const QList<Slide> &slides, int index, bool blanked, const QSize &slideSize)
{
    m_slides = slides;
    m_index = index;
    m_blanked = blanked;
    if (!slideSize.isEmpty())
        m_slideSize = slideSize;
    retranslate();
    updatePreviews();
}

void PresenterView::retranslate()
{
    setWindowTitle(tr("Presenter View"));
    m_currentCaption->setText(tr("Current slide"));
    m_notesCaption->setText(tr("Notes"));
    m_counter->setText(counterText());
    m_status->setText(m_blanked ? tr("Screen blanked (B shows it again)") : QString());
    const bool hasNext = m_index + 1 < m_slides.size();
    m_nextCaption->setText(hasNext
                               ? tr("Next: %1").arg(SlideWidget::title(m_study, m_waveYear, m_slides.at(m_index + 1)))
                               : tr("End of the presentation"));
    m_notes->setText(m_index < m_slides.size() ? SlideWidget::notes(m_study, m_waveYear, m_slides.at(m_index))
                                               : QString());
    updateClock();
}

void PresenterView::updateClock()
{
    const QLocale locale = localeFor(currentLanguage());
    m_clock->setText(locale.toString(QTime::currentTime(), QLocale::ShortFormat));
    const qint64 seconds = m_started.isValid() ? m_started.elapsed() / 1000 : 0;
    const QString elapsed = QTime(0, 0)
                                .addSecs(int(seconds))
                                .toString(seconds >= 3600 ? QStringLiteral("H:mm:ss") : QStringLiteral("mm:ss"));
    m_elapsed->setText(tr("Elapsed %1").arg(elapsed));
}

QPixmap PresenterView::render(const Slide &slide)
{
    m_renderer->resize(m_slideSize);
    if (!m_renderer->isVisible())
        m_renderer->show();
    m_renderer->setSlide(slide);
    m_renderer->layout()->activate();
    return m_renderer->grab();
}

void PresenterView::updatePreviews()
{
    if (m_index < 0 || m_index >= m_slides.size())
        return;
    m_currentPixmap = render(m_slides.at(m_index));
    if (m_blanked)
        m_currentPixmap.fill(Qt::black);
    m_nextPixmap = m_index + 1 < m_slides.size() ? render(m_slides.at(m_index + 1)) : QPixmap();
    scalePreviews();
}

void PresenterView::scalePreviews()
{
    const auto fit = [](QLabel *label, const QPixmap &pixmap) {
        if (pixmap.isNull()) {
            label->clear();
            return;
        }
        label->setPixmap(pixmap.scaled(label->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    };
    fit(m_current, m_currentPixmap);
    fit(m_next, m_nextPixmap);
}

QString PresenterView::counterText() const
{
    return m_slides.isEmpty() ? QString() : QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_slides.size());
}

QString PresenterView::nextTitleText() const
{
    return m_nextCaption->text();
}

QString PresenterView::notesText() const
{
    return m_notes->text();
}

QString PresenterView::clockText() const
{
    return m_clock->text();
}

QString PresenterView::statusText() const
{
    return m_status->text();
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updatePreviews();
    }
    QWidget::changeEvent(event);
}

void PresenterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scalePreviews();
}
