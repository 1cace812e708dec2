#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The readers the advice speaks to, one section each.
enum class Audience {
    PlannedStrategy, ///< Businesses that use social media as part of a planned strategy.
    AdHoc,           ///< Businesses that use it ad hoc, without a plan.
    NoSocialMedia,   ///< Businesses that don't use it at all.
    Consultants,     ///< Consultants, agencies and technology vendors.
};

/// One section of the advisory text, in the currently installed language.
struct AdviceSection
{
    Audience audience;
    QString heading;
    QString body;       ///< Plain text; paragraphs separated by "\n\n".
    QString segmentKey; ///< The segment the section speaks to; empty for Consultants.
};

/// All audiences in display order.
QList<Audience> allAudiences();

/// The advice for the social media study, written for this app, one section per audience,
/// translated with the installed translator (context "Advice").
QList<AdviceSection> socialMediaAdvice();

/// The audience whose advice belongs to a segment key ("strategy", "adhoc", "none").
std::optional<Audience> audienceForSegment(const QString &segmentKey);

/// A short stable identifier ("strategy", "adhoc", "none", "consultants").
QString audienceKey(Audience audience);
