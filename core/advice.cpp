#include "advice.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Advice)
};

} // namespace

QList<Audience> allAudiences()
{
    return {Audience::PlannedStrategy, Audience::AdHoc, Audience::NoSocialMedia, Audience::Consultants};
}

QString audienceKey(Audience audience)
{
    switch (audience) {
    case Audience::PlannedStrategy:
        return QStringLiteral("strategy");
    case Audience::AdHoc:
        return QStringLiteral("adhoc");
    case Audience::NoSocialMedia:
        return QStringLiteral("none");
    case Audience::Consultants:
        return QStringLiteral("consultants");
    }
    return {};
}

std::optional<Audience> audienceForSegment(const QString &segmentKey)
{
    for (Audience audience : allAudiences()) {
        if (audience != Audience::Consultants && audienceKey(audience) == segmentKey)
            return audience;
    }
    return std::nullopt;
}

QList<AdviceSection> socialMediaAdvice()
{
    return {
        {Audience::PlannedStrategy, Text::tr("You already work to a plan"),
         Text::tr("Fewer than one in four small businesses use social media as part of a planned "
            "strategy. If you are one of them, you are ahead of most of your peers and probably "
            "of several competitors.\n\n"
            "Protect that lead: review your goals every quarter, drop channels that bring "
            "nothing, and keep posting on a schedule even in busy weeks. A plan that is not "
            "kept up quietly turns back into ad hoc use."),
         audienceKey(Audience::PlannedStrategy)},
        {Audience::AdHoc, Text::tr("You use social media, but without a plan"),
         Text::tr("Using social media now and then still puts you ahead of the nearly half of small "
            "businesses that don't use it at all.\n\n"
            "The next step is a simple written plan: what you want to achieve (more enquiries, "
            "repeat customers, a known name in your area), how you will do it (one or two "
            "channels, a fixed rhythm, who is responsible) and why it pays off. Measure one "
            "figure per goal and look at it once a month."),
         audienceKey(Audience::AdHoc)},
        {Audience::NoSocialMedia, Text::tr("You don't use social media yet"),
         Text::tr("You are not alone, but the group is shrinking: the share of small businesses "
            "without social media is falling year by year.\n\n"
            "Start small. Find out where your customers already talk (ask them), claim your "
            "business profile there, and answer questions and reviews. One channel done well "
            "is better than five left empty. Give it an hour a week for three months, then "
            "decide with what you have learnt."),
         audienceKey(Audience::NoSocialMedia)},
        {Audience::Consultants, Text::tr("For consultants, agencies and technology vendors"),
         Text::tr("The businesses that use social media ad hoc are your easiest customers: they "
            "already believe it is worth something, but lack a roadmap.\n\n"
            "Offer them exactly that: what to do, how to do it and why, and tools that fit "
            "social media into their daily work and take manual effort off their hands. Aim "
            "your messages and packages at this group first."),
         QString()},
    };
}
