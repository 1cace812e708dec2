// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/presentation/presentationwindow.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/presentation/presentationscreens.h"
#include "ui/presentation/presenterview.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QPixmap>
#include <QScreen>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxJumpDigits = 3;

void showFullScreenOn(QWidget *window, QScreen *screen)
{
    if (screen) {
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
}

} // namespace

PresentationWindow::PresentationWindow(const Study &study, int waveYear, const ChartStyle::Theme &style,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_study(study)
    , m_waveYear(waveYear)
    , m_style(style)
    , m_slides(presentationSlides(study))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);

    m_slidePage = new QWidget(this);
    m_slidePage->setAutoFillBackground(true);
    QPalette slideColours = m_slidePage->palette();
    slideColours.setColor(QPalette::Window, m_style.background);
    slideColours.setColor(QPalette::WindowText, m_style.secondaryText);
    m_slidePage->setPalette(slideColours);
    m_slide = new SlideWidget(study, waveYear, m_style, m_slidePage);
    m_slide->setObjectName(QStringLiteral("slide"));
    m_counter = new QLabel(m_slidePage);
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    m_counter->setTextFormat(Qt::PlainText);
    m_jump = new QLabel(m_slidePage);
    m_jump->setObjectName(QStringLiteral("slideJump"));
    m_logo = new QLabel(m_slidePage);
    m_logo->setObjectName(QStringLiteral("slideLogo"));
    m_logo->setVisible(!m_style.logo.isNull());
    m_jump->setTextFormat(Qt::PlainText);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_logo);
    footer->addWidget(m_jump);
    footer->addStretch(1);
    footer->addWidget(m_counter);
    auto *slideLayout = new QVBoxLayout(m_slidePage);
    slideLayout->setContentsMargins(0, 0, 0, 0);
    slideLayout->setSpacing(0);
    slideLayout->addWidget(m_slide, 1);
    slideLayout->addLayout(footer);

    m_blankPage = new QWidget(this);
    m_blankPage->setObjectName(QStringLiteral("blankScreen"));
    m_blankPage->setAutoFillBackground(true);
    QPalette black = m_blankPage->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blankPage->setPalette(black);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_slidePage);
    m_pages->addWidget(m_blankPage);

    for (QWidget *child : findChildren<QWidget *>())
        child->setFocusPolicy(Qt::NoFocus);

    resize(1280, 720);
    retranslate();
    updateView();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::present(QScreen *windowScreen)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QStringList names;
    for (const QScreen *screen : screens)
        names.append(screen->name());
    const PresentationScreens::Plan plan =
        PresentationScreens::plan(names, PresentationScreens::chosenScreen(), int(screens.indexOf(windowScreen)));
    QScreen *slideScreen = screens.value(plan.slides, windowScreen);

    if (plan.presenter >= 0 && !m_presenter) {
        m_presenter = new PresenterView(m_study, m_waveYear, m_style, this);
        m_presenter->setHighContrast(m_highContrast);
        m_presenter->setObjectName(QStringLiteral("presenterView"));
        m_presenter->installEventFilter(this);
        showFullScreenOn(m_presenter, screens.at(plan.presenter));
    }
    showFullScreenOn(this, slideScreen);
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    updateView();
}

void PresentationWindow::goToSlide(int index)
{
    m_current = std::clamp(index, 0, int(m_slides.size()) - 1);
    updateView();
}

void PresentationWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    m_slide->chartWidget()->setHighContrast(on);
    if (m_presenter)
        m_presenter->setHighContrast(on);
}

void PresentationWindow::setBlanked(bool blanked)
{
    m_blanked = blanked;
    updateView();
}

PresenterView *PresentationWindow::presenterView() const
{
    return m_presenter;
}

QString PresentationWindow::counterText() const
{
    return QStringLiteral("%1 / %2").arg(m_current + 1).arg(m_slides.size());
}

void PresentationWindow::navigate(int index)
{
    m_pendingNumber.clear();
    retranslate();
    if (m_blanked)
        setBlanked(false);
    else
        goToSlide(index);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        navigate(m_current + 1);
        break;
    case Qt::Key_Backspace:
        if (!m_pendingNumber.isEmpty()) {
            m_pendingNumber.chop(1);
            retranslate();
            break;
        }
        [[fallthrough]];
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        navigate(m_current - 1);
        break;
    case Qt::Key_Home:
        navigate(0);
        break;
    case Qt::Key_End:
        navigate(int(m_slides.size()) - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_pendingNumber.isEmpty()) {
            const int target = m_pendingNumber.toInt() - 1;
            m_pendingNumber.clear();
            m_blanked = false;
            retranslate();
            goToSlide(target);
        }
        break;
    case Qt::Key_Escape:
        close();
        break;
    case Qt::Key_L:
        toggleLanguage();
        break;
    case Qt::Key_B:
        m_pendingNumber.clear();
        retranslate();
        setBlanked(!m_blanked);
        break;
    default:
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            if (m_pendingNumber.size() < kMaxJumpDigits)
                m_pendingNumber.append(QChar(u'0' + (key - Qt::Key_0)));
            retranslate();
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Keys pressed while the presenter view has the focus steer the slides as well.
    if (watched == m_presenter && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::toggleLanguage()
{
    // L steps through the UI languages (with two: the other one).
    const QList<Language> languages = uiLanguages();
    const Language other = languages.at((languages.indexOf(currentLanguage()) + 1) % languages.size());
    if (isSignalConnected(QMetaMethod::fromSignal(&PresentationWindow::languageToggleRequested)))
        Q_EMIT languageToggleRequested(other);
    else
        installLanguage(other);
}

void PresentationWindow::updateView()
{
    m_slide->setSlide(m_slides.at(m_current));
    m_pages->setCurrentWidget(m_blanked ? m_blankPage : m_slidePage);
    m_counter->setText(counterText());
    if (m_presenter) {
        const QSize slideSize = isVisible() ? size() : QSize();
        m_presenter->showSlide(m_slides, m_current, m_blanked, slideSize);
    }
}

void PresentationWindow::retranslate()
{
    setWindowTitle(tr("Presentation — %1").arg(m_study.topic.text(currentLanguage())));
    m_jump->setText(m_pendingNumber.isEmpty() ? QString() : tr("Go to slide %1").arg(m_pendingNumber));
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    const int footerPixels = std::max(12, int(std::lround(height() * 0.024)));
    for (QLabel *label : {m_counter, m_jump})
        label->setFont(m_style.font(footerPixels));
    const QImage &logo = m_style.logo;
    if (!logo.isNull()) {
        // The brand's logo in the bottom-left corner of every slide, 5 % of the screen high.
        const int logoHeight = std::max(16, int(std::lround(height() * 0.05)));
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap = QPixmap::fromImage(
            logo.scaled(QSize(logoHeight * 5, logoHeight) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_logo->setPixmap(pixmap);
    }
    const int margin = int(std::lround(width() * 0.02));
    if (auto *footer = m_slidePage->layout()->itemAt(1)->layout())
        footer->setContentsMargins(margin, 0, margin, margin / 2);
    QWidget::resizeEvent(event);
    if (m_presenter)
        m_presenter->showSlide(m_slides, m_current, m_blanked, size());
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (m_presenter)
        m_presenter->hide();
    if (QWidget *mainWindow = parentWidget()) {
        mainWindow->raise();
        mainWindow->activateWindow();
    }
    QWidget::closeEvent(event);
}
