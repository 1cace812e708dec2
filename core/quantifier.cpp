// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/quantifier.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr bool Singular = false;
constexpr bool Plural = true;

// Boundaries: the exact fractions (0, 25, 50, 75, 100) have rows of their own, so 24 is
// "less than a quarter", 25 "a quarter", 26 "more than a quarter"; 49 "nearly half",
// 50 "half", 51 "more than half". "About a third" is centred on 33.3, "about two thirds"
// on 66.7. English subjects "… of respondents" always take a plural verb; German ones agree
// with their head noun ("ein Viertel … gehörte", "drei Viertel … gehörten").
// clang-format off
const QList<QuantifierRange> kTable = {
    //  from     to   English above German: quantifier, as the subject of a sentence, verb agreement
    {  0.0,   0.0, {u"none",                       u"none of the respondents",                   Plural},
                   {u"keiner",                     u"keiner der Befragten",                      Singular}},
    {  0.1,   4.9, {u"very few",                   u"very few respondents",                      Plural},
                   {u"sehr wenige",                u"sehr wenige Befragte",                      Plural}},
    {  5.0,  19.9, {u"a small minority",           u"a small minority of respondents",           Plural},
                   {u"eine kleine Minderheit",     u"eine kleine Minderheit der Befragten",      Singular}},
    { 20.0,  24.9, {u"less than a quarter",        u"less than a quarter of respondents",        Plural},
                   {u"weniger als ein Viertel",    u"weniger als ein Viertel der Befragten",     Singular}},
    { 25.0,  25.0, {u"a quarter",                  u"a quarter of respondents",                  Plural},
                   {u"ein Viertel",                u"ein Viertel der Befragten",                 Singular}},
    { 25.1,  29.9, {u"more than a quarter",        u"more than a quarter of respondents",        Plural},
                   {u"mehr als ein Viertel",       u"mehr als ein Viertel der Befragten",        Singular}},
    { 30.0,  36.9, {u"about a third",              u"about a third of respondents",              Plural},
                   {u"etwa ein Drittel",           u"etwa ein Drittel der Befragten",            Singular}},
    { 37.0,  44.9, {u"more than a third",          u"more than a third of respondents",          Plural},
                   {u"mehr als ein Drittel",       u"mehr als ein Drittel der Befragten",        Singular}},
    { 45.0,  49.9, {u"nearly half",                u"nearly half of respondents",                Plural},
                   {u"fast die Hälfte",            u"fast die Hälfte der Befragten",             Singular}},
    { 50.0,  50.0, {u"half",                       u"half of respondents",                       Plural},
                   {u"die Hälfte",                 u"die Hälfte der Befragten",                  Singular}},
    { 50.1,  57.9, {u"more than half",             u"more than half of respondents",             Plural},
                   {u"mehr als die Hälfte",        u"mehr als die Hälfte der Befragten",         Singular}},
    { 58.0,  64.9, {u"the majority",               u"the majority of respondents",               Plural},
                   {u"die Mehrheit",               u"die Mehrheit der Befragten",                Singular}},
    { 65.0,  69.9, {u"about two thirds",           u"about two thirds of respondents",           Plural},
                   {u"etwa zwei Drittel",          u"etwa zwei Drittel der Befragten",           Plural}},
    { 70.0,  74.9, {u"nearly three quarters",      u"nearly three quarters of respondents",      Plural},
                   {u"fast drei Viertel",          u"fast drei Viertel der Befragten",           Plural}},
    { 75.0,  75.0, {u"three quarters",             u"three quarters of respondents",             Plural},
                   {u"drei Viertel",               u"drei Viertel der Befragten",                Plural}},
    { 75.1,  89.9, {u"more than three quarters",   u"more than three quarters of respondents",   Plural},
                   {u"mehr als drei Viertel",      u"mehr als drei Viertel der Befragten",       Plural}},
    { 90.0,  99.9, {u"nearly all",                 u"nearly all respondents",                    Plural},
                   {u"fast alle",                  u"fast alle Befragten",                       Plural}},
    {100.0, 100.0, {u"all",                        u"all respondents",                           Plural},
                   {u"alle",                       u"alle Befragten",                            Plural}},
};
// clang-format on

long tenths(double percent)
{
    return std::lround(percent * 10.0);
}

} // namespace

const QList<QuantifierRange> &quantifierTable()
{
    return kTable;
}

QuantifierWords quantifierWords(double share, Language language)
{
    if (!std::isfinite(share))
        return {};
    const long value = tenths(std::clamp(share, 0.0, 100.0));
    for (const QuantifierRange &range : kTable) {
        if (value >= tenths(range.from) && value <= tenths(range.to))
            return language == Language::German ? range.german : range.english;
    }
    return {};
}

QString quantifierFor(double share, Language language)
{
    return quantifierWords(share, language).quantifier.toString();
}
